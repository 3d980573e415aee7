// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTest>
#include <cmath>

#include "core/bench/PrometheusText.h"
#include "core/bench/ServerMetrics.h"

#include "FixturePaths.h"

using namespace npufleet::bench;

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
                                               "# HELP escaped Help with a \\\\ backslash and a \\n newline.\n"
                                               "# TYPE escaped counter\n"
                                               "escaped_total 7\n"
                                               "");
        QVERIFY(t.errors.isEmpty());
        const PromFamily* rpc = t.family(QStringLiteral("rpc_duration_seconds"));
        QVERIFY(rpc);
        QCOMPARE(rpc->type, QStringLiteral("summary"));
        QCOMPARE(rpc->samples.size(), 4); // quantiles, _sum and _count in one family
        const PromFamily* escaped = t.family(QStringLiteral("escaped"));
        QVERIFY(escaped);
        QCOMPARE(escaped->help, QStringLiteral("Help with a \\ backslash and a \n newline."));
        QCOMPARE(escaped->samples.first().name, QStringLiteral("escaped_total"));
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
