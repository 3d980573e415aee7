// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <numeric>

#include "core/bench/Arrival.h"
#include "core/bench/BenchMetrics.h"
#include "core/bench/BenchOptions.h"
#include "core/bench/Dataset.h"
#include "core/bench/Stats.h"
#include "core/bench/StreamOutput.h"
#include "core/bench/SummaryTable.h"

#include "FixturePaths.h"

using namespace npufleet;
using namespace npufleet::bench;

namespace {

QString benchFixture(const char* name)
{
    return QStringLiteral(NPUFLEET_SOURCE_DIR "/tests/fixtures/bench/") + QLatin1String(name);
}

QString writeTemp(QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

serving::SseEvent sse(const QByteArray& data, int atMs, serving::SteadyClock::time_point t0)
{
    serving::SseEvent e;
    e.data = data;
    e.arrival = t0 + std::chrono::milliseconds(atMs);
    return e;
}

// Ours has every field of theirs (vLLM 0.8's typo "request_goodput:" as "request_goodput"), and a round
// trip of theirs through our reader and writer keeps it whole.
void coversTheirFields(const QJsonObject& theirs, const BenchResult& ours, const BenchResult& loaded)
{
    const QJsonObject mine = toJson(ours);
    for (auto it = theirs.begin(); it != theirs.end(); ++it) {
        const QString key
            = it.key() == QLatin1String("request_goodput:") ? QStringLiteral("request_goodput") : it.key();
        QVERIFY2(mine.contains(key), qPrintable(key));
    }
    const Result<BenchResult> again = fromJson(toJson(loaded));
    QVERIFY(again);
    QCOMPARE(toJson(*again), toJson(loaded));
}

} // namespace

class TestBench : public QObject
{
    Q_OBJECT
private slots:
    void statsMatchNumpy()
    {
        const QList<double> v = {1, 2, 3, 4, 10};
        QCOMPARE(Stats::mean(v), 4.0);
        QCOMPARE(Stats::median(v), 3.0);
        QVERIFY(std::abs(Stats::stddev(v) - 3.1622776601683795) < 1e-12); // np.std, ddof=0
        QVERIFY(std::abs(Stats::percentile(v, 99) - 9.76) < 1e-12); // np.percentile, linear
        QCOMPARE(Stats::percentile(v, 90), 7.6);
        QCOMPARE(Stats::mean({}), 0.0); // np.mean(x or 0)
        QCOMPARE(Stats::percentile({}, 99), 0.0);
    }

    void randomDatasetIsSeeded()
    {
        DatasetConfig c;
        c.numPrompts = 50;
        c.inputLen = 100;
        c.outputLen = 20;
        c.rangeRatio = 0.5;
        c.prefixLen = 10;
        c.seed = 42;
        const auto a = makeDataset(c);
        const auto b = makeDataset(c);
        QVERIFY(a && b);
        QCOMPARE(a->size(), 50);
        bool differ = false;
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(a->at(i).prompt, b->at(i).prompt);
            QVERIFY(a->at(i).promptLen >= 10 + 50 && a->at(i).promptLen <= 10 + 150);
            QVERIFY(a->at(i).expectedOutputLen >= 10 && a->at(i).expectedOutputLen <= 30);
            // One word per token, the shared prefix first.
            QCOMPARE(int(a->at(i).prompt.split(QLatin1Char(' ')).size()), a->at(i).promptLen);
            QCOMPARE(a->at(i).prompt.section(QLatin1Char(' '), 0, 9), a->at(0).prompt.section(QLatin1Char(' '), 0, 9));
            differ = differ || a->at(i).promptLen != a->at(0).promptLen;
        }
        QVERIFY(differ);
        c.seed = 43;
        QVERIFY(makeDataset(c)->at(0).prompt != a->at(0).prompt);
        c.rangeRatio = 1.5;
        QVERIFY(!makeDataset(c));
    }

    void shareGptAndPromptFiles()
    {
        QTemporaryDir dir;
        const QByteArray share = R"([
 {"id":"a","conversations":[{"from":"human","value":"Explain how tensor parallelism splits a layer."},
                             {"from":"gpt","value":"It splits each weight matrix across devices and gathers the partial results."}]},
 {"id":"b","conversations":[{"from":"human","value":"only one turn"}]},
 {"id":"c","conversations":[{"from":"human","value":"hi"},{"from":"gpt","value":"hello there, how can I help you?"}]},
 {"id":"d","conversations":[{"from":"human","value":"什么是张量并行？请简单说明。"},{"from":"gpt","value":"张量并行把每一层的权重切分到多张卡上计算。"}]}
])";
        DatasetConfig c;
        c.kind = DatasetConfig::Kind::ShareGpt;
        c.path = writeTemp(dir, "share.json", share);
        c.numPrompts = 10;
        const auto r = makeDataset(c);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->size(), 2); // one turn and too short are skipped
        for (const BenchRequest& q : *r)
            QVERIFY(q.prompt.startsWith(QLatin1String("Explain")) || q.prompt.startsWith(QStringLiteral("什么")));
        c.fixedOutputLen = 7;
        QCOMPARE(makeDataset(c)->at(0).expectedOutputLen, 7);

        DatasetConfig p;
        p.kind = DatasetConfig::Kind::Custom;
        p.path = writeTemp(dir, "p.txt", "first prompt\n\nsecond prompt here\n");
        p.numPrompts = 5;
        p.outputLen = 33;
        const auto lines = makeDataset(p);
        QVERIFY(lines);
        QCOMPARE(lines->size(), 5); // round again to reach the count
        QCOMPARE(lines->at(0).expectedOutputLen, 33);
        p.path = writeTemp(dir, "p.jsonl", "{\"prompt\":\"a b c d\",\"output_len\":9}\n{\"text\":\"e f\"}\n");
        const auto jsonl = makeDataset(p);
        QVERIFY(jsonl);
        QSet<int> lens;
        for (const BenchRequest& q : *jsonl)
            lens.insert(q.expectedOutputLen);
        QCOMPARE(lens, (QSet<int> {9, 33}));
        p.path = writeTemp(dir, "bad.jsonl", "{\"prompt\":\"ok\"}\n{\"prompt\": oops}\n");
        const auto bad = makeDataset(p);
        QVERIFY(!bad);
        QCOMPARE(bad.error().line, 2);
        QVERIFY(bad.error().file.endsWith(QLatin1String("bad.jsonl")));
    }

    void arrivals()
    {
        QCOMPARE(arrivalOffsets(3, std::numeric_limits<double>::infinity(), 1.0, 0), (QList<double> {0, 0, 0}));
        const QList<double> poisson = arrivalOffsets(4000, 20.0, 1.0, 1);
        QCOMPARE(poisson, arrivalOffsets(4000, 20.0, 1.0, 1));
        QVERIFY(std::abs(poisson.last() / 3999 - 0.05) < 0.005); // mean gap 1/rate
        // Burstiness < 1 clumps requests: gaps vary more than Poisson's (CV 1), > 1 less.
        const auto cv = [](const QList<double>& t) {
            QList<double> gaps;
            for (qsizetype i = 1; i < t.size(); ++i)
                gaps.append(t.at(i) - t.at(i - 1));
            return Stats::stddev(gaps) / Stats::mean(gaps);
        };
        QVERIFY(cv(arrivalOffsets(4000, 20.0, 0.25, 1)) > 1.5);
        QVERIFY(cv(arrivalOffsets(4000, 20.0, 4.0, 1)) < 0.7);
        QVERIFY(std::abs(cv(poisson) - 1.0) < 0.1);
    }

    void streamOutputAsVllm()
    {
        const auto t0 = serving::SteadyClock::now();
        const QList<serving::SseEvent> completion = {
            sse(R"({"choices":[{"index":0,"text":"Hel"}],"usage":null})", 100, t0),
            sse(R"({"choices":[{"index":0,"text":"lo"}],"usage":null})", 120, t0),
            sse(R"({"choices": [ {"index":0,"text":"!","finish_reason":"length"}]})", 150, t0),
            sse(R"({"choices":[],"usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15}})", 170, t0),
            sse("[DONE]", 171, t0),
        };
        for (bool withText : {true, false}) {
            const RequestOutput o = streamOutput(completion, serving::ApiKind::Completion, t0, 99, withText);
            QVERIFY(o.success);
            QCOMPARE(o.ttft, 0.100);
            QCOMPARE(o.itl.size(), 2);
            QVERIFY(std::abs(o.itl.at(0) - 0.020) < 1e-9 && std::abs(o.itl.at(1) - 0.030) < 1e-9);
            QCOMPARE(o.latency, 0.150); // completions: the last chunk with choices
            QCOMPARE(o.outputTokens, 3);
            QCOMPARE(o.promptLen, 12); // the server's count wins
            QCOMPARE(o.generatedText, withText ? QStringLiteral("Hello!") : QString());
        }
        // Chat alike: in current vLLM only token chunks move the clock, not the trailing usage chunk.
        QCOMPARE(streamOutput(completion, serving::ApiKind::Chat, t0, 99).latency, 0.150);
        // Usage in a chunk that also has choices is not read (vLLM: `elif usage := ...`); a later
        // usage chunk's prompt_tokens is taken even when 0; nothing after [DONE] counts.
        const QList<serving::SseEvent> continuous = {
            sse(R"({"choices":[{"index":0,"text":"a"}],"usage":{"prompt_tokens":5,"completion_tokens":1}})", 10, t0),
            sse(R"({"choices":[{"index":0,"text":"b"}],"usage":{"prompt_tokens":5,"completion_tokens":2}})", 20, t0),
            sse(R"({"choices":[],"usage":{"prompt_tokens":0,"completion_tokens":2}})", 200, t0),
            sse("[DONE]", 201, t0),
            sse(R"({"choices":[{"index":0,"text":"late"}]})", 300, t0),
        };
        for (bool withText : {true, false}) {
            const RequestOutput c = streamOutput(continuous, serving::ApiKind::Chat, t0, 9, withText);
            QVERIFY(c.success);
            QCOMPARE(c.latency, 0.020);
            QCOMPARE(c.outputTokens, 2);
            QCOMPARE(c.promptLen, 0);
            QCOMPARE(c.itl.size(), 1);
        }
        // An error event fails the request, whatever its data holds.
        const RequestOutput named = streamOutput({sse(R"({"choices":[{"index":0,"text":"a"}]})", 10, t0),
                                                  [&] {
                                                      serving::SseEvent e = sse(R"({"message":"overloaded"})", 20, t0);
                                                      e.event = "error";
                                                      return e;
                                                  }()},
                                                 serving::ApiKind::Completion, t0, 4, false);
        QVERIFY(!named.success);
        QVERIFY(named.error.contains(QLatin1String("overloaded")));

        const RequestOutput none = streamOutput({sse("[DONE]", 5, t0)}, serving::ApiKind::Chat, t0, 4);
        QVERIFY(!none.success);
        QVERIFY(none.error.contains(QLatin1String("TTFT")));
        const RequestOutput err
            = streamOutput({sse(R"({"object":"error","message":"out of KV cache","code":503})", 5, t0)},
                           serving::ApiKind::Chat, t0, 4, false);
        QVERIFY(!err.success);
        QVERIFY(err.error.contains(QLatin1String("out of KV cache")));
        QVERIFY(hasChoices(R"({"choices" : [{"x":1}]})"));
        QVERIFY(!hasChoices(R"({"choices":[ ]})"));
        QVERIFY(hasObject(R"({"usage": {"a":1}})", "usage"));
        QVERIFY(!hasObject(R"({"usage":null})", "usage"));
    }

    void metricsAsVllm()
    {
        QList<RequestOutput> outs(3);
        outs[0] = {QString(), true, 1.0, 11, 0.2, {0.08, 0.08, 0.08, 0.08, 0.08, 0.08, 0.08, 0.08, 0.08, 0.08},
                   100,       {},   0.0, 0};
        outs[1] = {QString(), true, 0.5, 1, 0.5, {}, 50, {}, 0.1, 0};
        outs[2] = {QString(), false, 0, 0, 0, {}, 70, QStringLiteral("HTTP 503: busy"), 0.2, 0};
        BenchResult r;
        GoodputSlo slo;
        slo.tpotMs = 50; // request 1's TPOT is 0 (one token): good; request 0's is 80 ms: not
        computeMetrics(r, outs, 2.0, slo, {50, 90, 95, 99},
                       {QStringLiteral("ttft"), QStringLiteral("tpot"), QStringLiteral("itl"), QStringLiteral("e2el")});
        QCOMPARE(r.completed, 2);
        QCOMPARE(r.failed, 1);
        QCOMPARE(r.totalInputTokens, 150); // failed requests' prompts do not count
        QCOMPARE(r.totalOutputTokens, 12);
        QCOMPARE(r.outputLens, (QList<int> {11, 1, 0}));
        QCOMPARE(r.requestThroughput, 1.0);
        QCOMPARE(r.outputThroughput, 6.0);
        QCOMPARE(r.totalTokenThroughput, 81.0);
        QCOMPARE(*r.requestGoodput, 0.5);
        QVERIFY(std::abs(r.metrics[QStringLiteral("tpot")].mean - 80.0) < 1e-9); // only requests with > 1 token
        QVERIFY(std::abs(r.metrics[QStringLiteral("ttft")].mean - 350.0) < 1e-9);
        QVERIFY(std::abs(r.metrics[QStringLiteral("e2el")].median - 750.0) < 1e-9);
        QCOMPARE(r.metrics[QStringLiteral("itl")].percentiles.size(), 4);
        QCOMPARE(r.errorCounts().value(QStringLiteral("HTTP 503: busy")), 1);
        QCOMPARE(r.maxOutputTokensPerS, 12.0);
        QCOMPARE(r.maxConcurrentRequests, 2.0);
        // vLLM's defaults: ttft, tpot and itl at p99; the queue metrics only under a concurrency limit.
        BenchResult d;
        computeMetrics(d, outs, 2.0, {});
        QCOMPARE(d.metrics.keys(),
                 (QStringList {QStringLiteral("itl"), QStringLiteral("tpot"), QStringLiteral("ttft")}));
        QCOMPARE(d.metrics.value(QStringLiteral("ttft")).percentiles.size(), 1);
        const QStringList all = percentileMetricNames();
        computeMetrics(d, outs, 2.0, {}, {99}, all);
        QVERIFY(!d.metrics.contains(QStringLiteral("client_queue_time")));
        d.maxConcurrency = 4;
        computeMetrics(d, outs, 2.0, {}, {99}, all);
        QVERIFY(d.metrics.contains(QStringLiteral("client_queue_time")));
        QVERIFY(!d.metrics.contains(QStringLiteral("e2el_including_client_queue"))); // the rate is inf
        d.requestRate = 8;
        computeMetrics(d, outs, 2.0, {}, {99}, all);
        QCOMPARE(d.metrics.size(), 6);
        QVERIFY(std::abs(d.metrics.value(QStringLiteral("e2el_including_client_queue")).mean - 750.0) < 1e-9);
    }

    void vllmResultFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("benchmark_serving 0.8") << benchFixture("vllm-benchmark-serving-0.8.json");
        QTest::newRow("vllm bench serve 0.10") << benchFixture("vllm-bench-serve-0.10.json");
    }
    void vllmResultFiles()
    {
        QFETCH(QString, file);
        const Result<BenchResult> loaded = loadResult(file);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        const BenchResult& v = *loaded;
        QVERIFY(v.completed > 0 && v.hasDetails());
        QCOMPARE(v.failed, int(v.errors.size()) - int(v.errors.count(QString())));

        // Recomputing from the per-request lists gives vLLM's own summary figures.
        QList<RequestOutput> outs;
        for (qsizetype i = 0; i < v.ttfts.size(); ++i) {
            RequestOutput o;
            o.success = v.errors.at(i).isEmpty();
            o.error = v.errors.at(i);
            o.ttft = v.ttfts.at(i);
            o.itl = v.itls.at(i);
            o.outputTokens = v.outputLens.at(i);
            o.promptLen = v.inputLens.at(i);
            double t = o.ttft;
            for (double g : o.itl)
                t += g;
            o.latency = t;
            outs.append(o);
        }
        QList<double> percentiles;
        for (const MetricSummary& m : v.metrics)
            for (const auto& [p, value] : m.percentiles)
                if (!percentiles.contains(p))
                    percentiles.append(p);
        BenchResult ours;
        computeMetrics(ours, outs, v.duration, {}, percentiles, v.metrics.keys());
        QCOMPARE(ours.completed, v.completed);
        QCOMPARE(ours.totalInputTokens, v.totalInputTokens);
        QCOMPARE(ours.totalOutputTokens, v.totalOutputTokens);
        QVERIFY(std::abs(ours.outputThroughput - v.outputThroughput) < 1e-9);
        for (auto it = v.metrics.begin(); it != v.metrics.end(); ++it) {
            const MetricSummary& mine = ours.metrics.value(it.key());
            QVERIFY2(std::abs(mine.mean - it->mean) < 1e-9, qPrintable(it.key()));
            QVERIFY2(std::abs(mine.median - it->median) < 1e-9, qPrintable(it.key()));
            QVERIFY2(std::abs(mine.std - it->std) < 1e-9, qPrintable(it.key()));
            for (const auto& [p, value] : it->percentiles)
                QVERIFY2(std::abs(*mine.percentile(p) - value) < 1e-9, qPrintable(it.key()));
        }

        // Our file carries every field theirs has (the 0.8 typo "request_goodput:" as "request_goodput").
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject theirs = QJsonDocument::fromJson(f.readAll()).object();
        BenchConfig config;
        config.model = v.modelId;
        BenchResult fresh = resultSetup(config, int(outs.size()));
        computeMetrics(fresh, outs, v.duration, {}, percentiles, v.metrics.keys());
        coversTheirFields(theirs, fresh, v);
        if (QTest::currentTestFailed())
            return;
    }

    // Files saved by real runs of vLLM (see tests/fixtures/bench/SOURCES.md for where each comes from).
    void capturedResultFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("runs");
        QTest::addColumn<QStringList>("metadata"); // fields that --metadata (or vllm bench sweep) added
        QTest::newRow("vllm bench serve 0.25.1, sweep run")
            << benchFixture("captured-vllm-0.25.1-sweep-run.json") << 1
            << QStringList {QStringLiteral("run_number"), QStringLiteral("max_num_seqs")};
        QTest::newRow("vllm bench serve 0.25.1, all failed")
            << benchFixture("captured-vllm-0.25.1-all-failed.json") << 1 << QStringList {};
        QTest::newRow("benchmark_serving 2025-05, --append-result")
            << benchFixture("captured-benchmark-serving-2025-05-append.json") << 3
            << QStringList {QStringLiteral("deployment"),
                            QStringLiteral("gpu"),
                            QStringLiteral("model"),
                            QStringLiteral("gateway"),
                            QStringLiteral("prefill_replicas"),
                            QStringLiteral("decode_replicas"),
                            QStringLiteral("input_len"),
                            QStringLiteral("output_len")};
    }
    void capturedResultFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, runs);
        QFETCH(QStringList, metadata);
        const Result<QList<BenchResult>> loaded = loadResults(file);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->size(), runs);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = runs > 1 ? f.readAll().trimmed().split('\n') : QList {f.readAll()};
        QCOMPARE(lines.size(), runs);
        // loadResult() of an appended file is its last run.
        QCOMPARE(toJson(*loadResult(file)), toJson(loaded->constLast()));
        for (qsizetype i = 0; i < runs; ++i) {
            const BenchResult& v = loaded->at(i);
            const QJsonObject theirs = QJsonDocument::fromJson(lines.at(i)).object();
            QCOMPARE(v.completed, theirs.value(QStringLiteral("completed")).toInt());
            QCOMPARE(v.totalOutputTokens, theirs.value(QStringLiteral("total_output_tokens")).toInteger());
            QCOMPARE(v.metrics.value(QStringLiteral("ttft")).mean,
                     theirs.value(QStringLiteral("mean_ttft_ms")).toDouble());
            QCOMPARE(*v.metrics.value(QStringLiteral("itl")).percentile(99),
                     theirs.value(QStringLiteral("p99_itl_ms")).toDouble());
            // vLLM's own arithmetic, read back through ours.
            if (v.duration > 0.01) {
                QVERIFY(std::abs(v.requestThroughput - v.completed / v.duration) < 1e-6);
                QVERIFY(std::abs(v.outputThroughput - v.totalOutputTokens / v.duration) < 1e-6);
                QVERIFY(std::abs(v.totalTokenThroughput - (v.totalInputTokens + v.totalOutputTokens) / v.duration)
                        < 1e-6);
            }
            QVERIFY(!v.displayName().isEmpty());

            // A run of ours, with the same --metadata, has every field this file has.
            BenchConfig config;
            config.model = v.modelId;
            config.maxConcurrency = 2;
            for (const QString& key : metadata)
                config.metadata.append({key, theirs.value(key).toVariant().toString()});
            BenchResult fresh = resultSetup(config, 2);
            RequestOutput o;
            o.success = true;
            o.ttft = 0.05;
            o.itl = {0.01, 0.01};
            o.latency = 0.07;
            o.outputTokens = 3;
            o.promptLen = 4;
            QList<double> percentiles;
            for (const MetricSummary& m : v.metrics)
                for (const auto& [p, value] : m.percentiles)
                    if (!percentiles.contains(p))
                        percentiles.append(p);
            computeMetrics(fresh, {o, o}, 1.0, {}, percentiles, v.metrics.keys());
            coversTheirFields(theirs, fresh, v);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void summaryTableAsVllm()
    {
        const BenchResult v = *loadResult(benchFixture("vllm-bench-serve-0.10.json"));
        const QString t = summaryTable(v, {QStringLiteral("ttft"), QStringLiteral("e2el")}, {50, 99});
        const QStringList lines = t.split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0), QStringLiteral("============ Serving Benchmark Result ============"));
        QCOMPARE(lines.at(1), QStringLiteral("Successful requests:                     8         "));
        QCOMPARE(lines.at(3), QStringLiteral("Maximum request concurrency:             8         "));
        QCOMPARE(lines.at(4), QStringLiteral("Request rate configured (RPS):           4.00      "));
        QVERIFY(t.contains(QStringLiteral("\nRequest goodput (req/s):                 0.68      \n")));
        QVERIFY(t.contains(QStringLiteral("\n---------------Time to First Token----------------\n")));
        QVERIFY(t.contains(QStringLiteral("\n----------------End-to-end Latency----------------\n")));
        QVERIFY(t.contains(QStringLiteral("\nP50 TTFT (ms):")));
        QVERIFY(!t.contains(QStringLiteral("TPOT")));
        for (const QString& line : lines.mid(0, lines.size() - 1))
            QVERIFY2(line.size() >= 50, qPrintable(line));
    }

    void options()
    {
        QCOMPARE(*parseRates(QStringLiteral("1,2.5, inf")),
                 (QList<double> {1, 2.5, std::numeric_limits<double>::infinity()}));
        QVERIFY(!parseRates(QStringLiteral("0")));
        QCOMPARE(*parseConcurrencies(QStringLiteral("1 8 none")), (QList<int> {1, 8, 0}));
        const auto slo = parseGoodput({QStringLiteral("ttft:200"), QStringLiteral("tpot:50,e2el:9000")});
        QVERIFY(slo && *slo->ttftMs == 200 && *slo->tpotMs == 50 && *slo->e2elMs == 9000);
        QVERIFY(!parseGoodput({QStringLiteral("itl:3")}));
        QCOMPARE(sweepPoints({1, 2}, {4, 8}).size(), 4);
        QCOMPARE(sweepFileName(QStringLiteral("/tmp/r.json"), {2.0, 8}, true),
                 QStringLiteral("/tmp/r-rate2-conc8.json"));
        QCOMPARE(sweepFileName(QStringLiteral("/tmp/r.json"), {2.0, 8}, false), QStringLiteral("/tmp/r.json"));
        QCOMPARE(percentileKey(99.9), QStringLiteral("p99.9"));
        QCOMPARE(percentileKey(12.3456789), QStringLiteral("p12.3456789")); // Python's str(float)
        QCOMPARE(*parsePercentiles(QStringLiteral("99,50,99")), (QList<double> {99, 50}));
        QVERIFY(parseMetricNames(QStringLiteral("e2el,client_queue_time,e2el_including_client_queue")));
        QVERIFY(!parseMetricNames(QStringLiteral("ttft,latency")));
    }

    // The distributions drawn per request agree with the summary figures beside them, also when the
    // stream ended later than its last token (a final usage chunk).
    void perRequestValuesMatchTheSummary()
    {
        BenchResult r = resultSetup(BenchConfig {}, 2);
        RequestOutput o;
        o.success = true;
        o.ttft = 0.05;
        o.itl = {0.01, 0.01};
        o.latency = 0.09;
        o.outputTokens = 3;
        o.promptLen = 4;
        RequestOutput p = o;
        p.latency = 0.11;
        computeMetrics(r, {o, p}, 1.0, {}, {50, 99}, percentileMetricNames());
        const auto mean = [](const QList<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0) / v.size(); };
        QVERIFY(std::abs(mean(r.e2els()) * 1000 - r.metrics.value(QStringLiteral("e2el")).mean) < 1e-9);
        QVERIFY(std::abs(mean(r.tpots()) * 1000 - r.metrics.value(QStringLiteral("tpot")).mean) < 1e-9);
    }

    void badResultFiles()
    {
        QTemporaryDir dir;
        QVERIFY(!loadResult(dir.filePath(QStringLiteral("missing.json"))));
        const auto notJson = loadResult(writeTemp(dir, "x.json", "{\n\"completed\": 3,\n oops\n}"));
        QVERIFY(!notJson);
        QCOMPARE(notJson.error().line, 3);
        QVERIFY(!loadResult(writeTemp(dir, "y.json", "{\"hello\": 1}")));
        // --append-result files hold one result per line: the last one is read.
        const auto appended = loadResult(
            writeTemp(dir, "z.json", "{\"completed\":1,\"duration\":1}\n{\"completed\":2,\"duration\":1}\n"));
        QVERIFY(appended);
        QCOMPARE(appended->completed, 2);
    }
};

QTEST_GUILESS_MAIN(TestBench)
#include "tst_bench.moc"
