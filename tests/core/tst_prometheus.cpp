// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTest>
#include <cmath>

#include "core/monitoring/PrometheusText.h"
#include "core/monitoring/ServerMetrics.h"

#include "FixturePaths.h"

using namespace npufleet::monitoring;

namespace {

QByteArray vllmMetrics()
{
    QFile f(QStringLiteral(NPUFLEET_SOURCE_DIR "/tests/fixtures/bench/vllm-metrics.txt"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// moc of Qt 6.4 does not read raw strings with braces: plain literals here.
class TestPrometheus : public QObject
{
    Q_OBJECT
private slots:
    void samples_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("labelKey");
        QTest::addColumn<QString>("labelValue");
        QTest::newRow("plain") << QByteArray("up 1") << "up" << 1.0 << ""
                               << "";
        QTest::newRow("labels") << QByteArray("http_requests_total{method=\"post\",code=\"200\"} 1027 1395066363000")
                                << "http_requests_total" << 1027.0 << "code"
                                << "200";
        QTest::newRow("escapes") << QByteArray("msdos_file_access_time_seconds{path=\"C:\\\\DIR\\\\FILE.TXT\",error="
                                               "\"Cannot find file:\\n\\\"FILE.TXT\\\"\"} 1.458255915e9")
                                 << "msdos_file_access_time_seconds" << 1.458255915e9 << "error"
                                 << "Cannot find file:\n\"FILE.TXT\"";
        QTest::newRow("+Inf") << QByteArray("x_bucket{le=\"+Inf\"} +Inf") << "x_bucket"
                              << std::numeric_limits<double>::infinity() << "le"
                              << "+Inf";
        QTest::newRow("-Inf") << QByteArray("x -Inf") << "x" << -std::numeric_limits<double>::infinity() << ""
                              << "";
        QTest::newRow("colon names, spaces, trailing comma")
            << QByteArray("vllm:x { a = \"1\", } 2.5e-3") << "vllm:x" << 2.5e-3 << "a"
            << "1";
        QTest::newRow("comma in label") << QByteArray("m{a=\"x,y}z\"} 3") << "m" << 3.0 << "a"
                                        << "x,y}z";
    }
    void samples()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, name);
        QFETCH(double, value);
        QFETCH(QString, labelKey);
        QFETCH(QString, labelValue);
        const PromText t = parsePrometheusText(line + '\n');
        QVERIFY2(t.errors.isEmpty(), t.errors.isEmpty() ? "" : qPrintable(t.errors.first().message));
        const QList<const PromSample*> s = t.samples(name);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.first()->value, value);
        if (!labelKey.isEmpty())
            QCOMPARE(s.first()->label(labelKey), labelValue);
    }

    void nan()
    {
        const PromText t = parsePrometheusText("# a comment\n\nm NaN\n");
        QVERIFY(std::isnan(t.samples(QStringLiteral("m")).first()->value));
    }

    void badLinesAreErrorsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("no value") << QByteArray("metric_without_value");
        QTest::newRow("not a number") << QByteArray("m twelve");
        QTest::newRow("open quote") << QByteArray("m{a=\"unterminated} 1");
        QTest::newRow("bad label") << QByteArray("m{a=1} 1");
        QTest::newRow("starts with digit") << QByteArray("9m 1");
        QTest::newRow("junk after timestamp") << QByteArray("m 1 2 3");
        QTest::newRow("bad type") << QByteArray("# TYPE m widget");
        QTest::newRow("lone brace") << QByteArray("m{");
        QTest::newRow("binary") << QByteArray("\x01\x02\xff{}", 5);
    }
    void badLinesAreErrorsNotCrashes()
    {
        QFETCH(QByteArray, line);
        const PromText t = parsePrometheusText("good 1\n" + line + "\nalso_good 2\n");
        QCOMPARE(t.errors.size(), 1);
        QCOMPARE(t.errors.first().line, 2);
        QVERIFY(t.sum(QStringLiteral("good")) && t.sum(QStringLiteral("also_good")));
    }

    void familiesHistogramsSummaries()
    {
        const PromText t = parsePrometheusText("# HELP rpc_duration_seconds A summary of the RPC duration in seconds.\n"
                                               "# TYPE rpc_duration_seconds summary\n"
                                               "rpc_duration_seconds{quantile=\"0.5\"} 4773\n"
                                               "rpc_duration_seconds{quantile=\"0.99\"} 76656\n"
                                               "rpc_duration_seconds_sum 1.7560473e+07\n"
                                               "rpc_duration_seconds_count 2693\n"
                                               "# HELP escaped_total Help with a \\\\ backslash and a \\n newline.\n"
                                               "# TYPE escaped_total counter\n"
                                               "escaped_total 7\n"
                                               "");
        QVERIFY(t.errors.isEmpty());
        const PromFamily* rpc = t.family(QStringLiteral("rpc_duration_seconds"));
        QVERIFY(rpc);
        QCOMPARE(rpc->type, QStringLiteral("summary"));
        QCOMPARE(rpc->samples.size(), 4); // quantiles, _sum and _count in one family
        QCOMPARE(rpc->metrics.size(), 1); // and one metric, as expfmt groups them
        QCOMPARE(rpc->metrics.first().quantiles.size(), 2);
        QCOMPARE(*rpc->metrics.first().count, 2693.0);
        const PromFamily* escaped = t.family(QStringLiteral("escaped_total"));
        QVERIFY(escaped);
        QCOMPARE(escaped->type, QStringLiteral("counter"));
        QCOMPARE(escaped->help, QStringLiteral("Help with a \\ backslash and a \n newline."));
    }

    // Samples typed under their own name stay in their own family (expfmt's rule): vLLM's
    // (prometheus_client's) _created gauges next to a histogram, node-exporter's _total counter
    // next to a gauge of the shorter name, and an OpenMetrics-style counter whose samples end in
    // _total.
    void explicitlyTypedSamplesKeepTheirFamily()
    {
        const PromText t = parsePrometheusText(
            "# HELP vllm:e2e_request_latency_seconds Histogram of e2e request latency in seconds.\n"
            "# TYPE vllm:e2e_request_latency_seconds histogram\n"
            "vllm:e2e_request_latency_seconds_sum{model_name=\"m\"} 10.5\n"
            "vllm:e2e_request_latency_seconds_bucket{le=\"1.0\",model_name=\"m\"} 3.0\n"
            "vllm:e2e_request_latency_seconds_bucket{le=\"+Inf\",model_name=\"m\"} 5.0\n"
            "vllm:e2e_request_latency_seconds_count{model_name=\"m\"} 5.0\n"
            "# HELP vllm:e2e_request_latency_seconds_created Histogram of e2e request latency in seconds.\n"
            "# TYPE vllm:e2e_request_latency_seconds_created gauge\n"
            "vllm:e2e_request_latency_seconds_created{model_name=\"m\"} 1.7241e+09\n"
            "# HELP go_memstats_alloc_bytes Number of bytes allocated and still in use.\n"
            "# TYPE go_memstats_alloc_bytes gauge\n"
            "go_memstats_alloc_bytes 2.6208e+06\n"
            "# HELP go_memstats_alloc_bytes_total Total number of bytes allocated, even if freed.\n"
            "# TYPE go_memstats_alloc_bytes_total counter\n"
            "go_memstats_alloc_bytes_total 2.9137248e+07\n"
            "# TYPE requests counter\n"
            "requests_total 4\n"
            "requests_created 1.7e+09\n");
        QVERIFY2(t.errors.isEmpty(), qPrintable(t.errors.value(0).toString()));
        const PromFamily* latency = t.family(QStringLiteral("vllm:e2e_request_latency_seconds"));
        QVERIFY(latency);
        QCOMPARE(latency->samples.size(), 4);
        QCOMPARE(latency->metrics.size(), 1);
        QCOMPARE(latency->metrics.first().buckets.size(), 2);
        const PromFamily* created = t.family(QStringLiteral("vllm:e2e_request_latency_seconds_created"));
        QVERIFY(created);
        QCOMPARE(created->type, QStringLiteral("gauge"));
        QCOMPARE(t.family(QStringLiteral("go_memstats_alloc_bytes"))->type, QStringLiteral("gauge"));
        QCOMPARE(t.family(QStringLiteral("go_memstats_alloc_bytes"))->samples.size(), 1);
        QCOMPARE(t.family(QStringLiteral("go_memstats_alloc_bytes_total"))->type, QStringLiteral("counter"));
        // expfmt gives `requests` no sample (so no family) and each sample a family of its own.
        QVERIFY(!t.family(QStringLiteral("requests")));
        QCOMPARE(t.family(QStringLiteral("requests_total"))->type, QStringLiteral("untyped"));
        QCOMPARE(*t.sum(QStringLiteral("requests_total")), 4.0);
        QCOMPARE(t.histogram(QStringLiteral("vllm:e2e_request_latency_seconds")).count, 5.0);
    }

    // Errors name line and column, and cost only the family they are in.
    void errorsKeepTheRestOfTheScrape()
    {
        const PromText t = parsePrometheusText("# TYPE good gauge\n"
                                               "good 1\n"
                                               "# TYPE h histogram\n"
                                               "h_bucket{le=\"1\"} 3\n"
                                               "h_bucket{le=\"+Inf\"} -4\n"
                                               "dup{a=\"1\",a=\"2\"} 1\n"
                                               "also_good{a=\"\\q\"} 2\n"
                                               "fine 3\n");
        QCOMPARE(t.errors.size(), 3);
        QCOMPARE(t.errors.at(0).line, 5);
        QCOMPARE(t.errors.at(0).column, 21);
        QCOMPARE(t.errors.at(0).message, QStringLiteral("negative bucket population for histogram \"h\""));
        QCOMPARE(t.errors.at(1).line, 6);
        QCOMPARE(t.errors.at(1).column, 11);
        QCOMPARE(t.errors.at(2).line, 7);
        QCOMPARE(t.errors.at(2).column, 14);
        QCOMPARE(t.errors.at(2).message, QStringLiteral("invalid escape sequence '\\q'"));
        QVERIFY(t.family(QStringLiteral("good")));
        QVERIFY(t.family(QStringLiteral("fine")));
        QVERIFY(!t.family(QStringLiteral("h")));
        QVERIFY(!t.family(QStringLiteral("dup")));
        QVERIFY(!t.family(QStringLiteral("also_good")));
    }

    // PromQL's histogram_quantile gives NaN without a +Inf bucket, whatever the other buckets hold.
    void histogramWithoutInfBucketHasNoQuantile()
    {
        const PromText t = parsePrometheusText("# TYPE x histogram\n"
                                               "x_bucket{le=\"0.1\"} 1\n"
                                               "x_bucket{le=\"1\"} 4\n"
                                               "x_sum 2\n"
                                               "x_count 4\n");
        QVERIFY(t.errors.isEmpty());
        const PromHistogram h = t.histogram(QStringLiteral("x"));
        QCOMPARE(h.buckets.size(), 2);
        QVERIFY(std::isnan(h.quantile(0.5)));
        QVERIFY(std::isnan(h.quantile(0.99)));
    }

    void gaugeHistogramAndQuotedNames()
    {
        const PromText t = parsePrometheusText("# TYPE \"npu.queue_depth\" gaugehistogram\n"
                                               "{\"npu.queue_depth_bucket\",le=\"1\",\"卡\"=\"0\"} 2\n"
                                               "{\"npu.queue_depth_bucket\",le=\"+Inf\",\"卡\"=\"0\"} 3\n");
        QVERIFY2(t.errors.isEmpty(), qPrintable(t.errors.value(0).toString()));
        const PromFamily* f = t.family(QStringLiteral("npu.queue_depth"));
        QVERIFY(f);
        QCOMPARE(f->type, QStringLiteral("gaugehistogram"));
        QCOMPARE(f->metrics.size(), 1);
        QCOMPARE(f->metrics.first().labels, (PromLabels {{QStringLiteral("卡"), QStringLiteral("0")}}));
        QCOMPARE(f->metrics.first().buckets.size(), 2);
        QCOMPARE(t.histogram(QStringLiteral("npu.queue_depth")).quantile(0.5), 0.75);
    }

    void vllmServerMetrics()
    {
        const PromText t = parsePrometheusText(vllmMetrics());
        QVERIFY(t.errors.isEmpty());
        const PromFamily* ttftFamily = t.family(QStringLiteral("vllm:time_to_first_token_seconds"));
        QVERIFY(ttftFamily);
        QCOMPARE(ttftFamily->type, QStringLiteral("histogram"));
        QCOMPARE(ttftFamily->samples.size(), 11);
        const ServerMetrics first = serverMetrics(t, 10.0);
        QCOMPARE(*first.running, 12.0);
        QCOMPARE(*first.waiting, 3.0);
        QCOMPARE(*first.kvCacheUsage, 0.4375);
        QCOMPARE(*first.generationTokens, 262144.0);
        QVERIFY(!first.generationTokensPerS);
        QCOMPARE(first.ttft.count, 400.0);
        QCOMPARE(first.ttft.buckets.size(), 9);
        // histogram_quantile: rank 200 falls at the top of the 0.1 bucket; 0.9 → 360 inside (0.1, 0.25].
        QCOMPARE(first.ttft.quantile(0.5), 0.1);
        QVERIFY(std::abs(first.ttft.quantile(0.9) - (0.1 + 0.15 * 160.0 / 180.0)) < 1e-12);

        QByteArray later = vllmMetrics();
        later.replace("262144.0", "262644.0").replace("1.048576e+06", "1049576");
        const ServerMetrics second = serverMetrics(parsePrometheusText(later), 15.0, &first);
        QCOMPARE(*second.generationTokensPerS, 100.0);
        QCOMPARE(*second.promptTokensPerS, (1049576.0 - 1048576.0) / 5.0);
        // A restarted server's counters start again from zero: the new count is the rate's base.
        const ServerMetrics reset
            = serverMetrics(parsePrometheusText("vllm:generation_tokens_total 50\n"), 20.0, &second);
        QCOMPARE(*reset.generationTokensPerS, 10.0);
        QCOMPARE(second.ttft.since(first.ttft).count, 0.0);

        // Older vLLM named the KV figure gpu_cache_usage_perc.
        QCOMPARE(*serverMetrics(parsePrometheusText("vllm:gpu_cache_usage_perc 0.5\n"), 0).kvCacheUsage, 0.5);
        QCOMPARE(metricsUrl(QUrl(QStringLiteral("http://h:8000/v1/"))).toString(),
                 QStringLiteral("http://h:8000/metrics"));
    }
};

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
