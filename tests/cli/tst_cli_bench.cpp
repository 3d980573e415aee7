// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "CliRun.h"
#include "ScriptedLlmServer.h"

using npufleet::test::LlmScript;
using npufleet::test::runCli;
using npufleet::test::ScriptedLlmServer;

class TestCliBench : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        LlmScript script;
        script.ttftMs = 10;
        script.gapMs = 2;
        script.tokens = 8;
        m_server = new ScriptedLlmServer(script, this);
        QVERIFY(m_server->start()); // its own thread: runCli may block this one
    }

    void printsVllmTableAndSavesResult()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("run.json"));
        const auto r = runCli({QStringLiteral("bench"),
                               QStringLiteral("--base-url"),
                               m_server->baseUrl().toString(),
                               QStringLiteral("--model"),
                               QStringLiteral("scripted"),
                               QStringLiteral("--num-prompts"),
                               QStringLiteral("20"),
                               QStringLiteral("--random-input-len"),
                               QStringLiteral("16"),
                               QStringLiteral("--random-output-len"),
                               QStringLiteral("8"),
                               QStringLiteral("--max-concurrency"),
                               QStringLiteral("4"),
                               QStringLiteral("--save-result"),
                               file,
                               QStringLiteral("--goodput"),
                               QStringLiteral("ttft:1000 tpot:100"),
                               QStringLiteral("--metadata"),
                               QStringLiteral("layout=tp8 nodes=2"),
                               QStringLiteral("--percentile-metrics"),
                               QStringLiteral("ttft,tpot,itl,client_queue_time")});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.startsWith(QStringLiteral("============ Serving Benchmark Result ============\n")),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Successful requests:                     20        \n")));
        QVERIFY(out.contains(QStringLiteral("Maximum request concurrency:             4         \n")));
        QVERIFY(out.contains(QStringLiteral("Total generated tokens:                  160       \n")));
        QVERIFY(out.contains(QStringLiteral("Total input tokens:                      320       \n")));
        QVERIFY(out.contains(QStringLiteral("Request goodput (req/s):")));
        QVERIFY(out.contains(QStringLiteral("---------------Time to First Token----------------\n")));
        QVERIFY(out.contains(QStringLiteral("-----Time per Output Token (excl. 1st token)------\n")));
        QVERIFY(out.contains(QStringLiteral("P99 ITL (ms):")));
        QVERIFY(out.endsWith(QStringLiteral("==================================================\n")));
        QVERIFY(r.err.contains(QStringLiteral("Traffic request rate: inf")));

        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(saved.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("completed")).toInt(), 20);
        QCOMPARE(json.value(QStringLiteral("request_rate")).toString(), QStringLiteral("inf"));
        QCOMPARE(json.value(QStringLiteral("max_concurrency")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("total_output_tokens")).toInt(), 160);
        QVERIFY(json.value(QStringLiteral("request_goodput")).toDouble() > 0);
        QVERIFY(json.value(QStringLiteral("p99_ttft_ms")).toDouble() >= 10.0);
        QCOMPARE(json.value(QStringLiteral("layout")).toString(), QStringLiteral("tp8")); // --metadata
        QCOMPARE(json.value(QStringLiteral("nodes")).toString(), QStringLiteral("2"));
        QCOMPARE(json.value(QStringLiteral("latencies")).toArray().size(), 20);
        QCOMPARE(json.value(QStringLiteral("queue_times")).toArray().size(), 20);
        QCOMPARE(json.value(QStringLiteral("max_concurrent_requests")).toInt(), 4);
        // Under --max-concurrency, newer vLLM's wait-for-a-slot figures (rate inf: no queue-inclusive E2EL).
        QVERIFY(json.contains(QStringLiteral("p99_client_queue_time_ms")));
        QVERIFY(!json.contains(QStringLiteral("mean_e2el_including_client_queue_ms")));
        QVERIFY(!json.contains(QStringLiteral("mean_e2el_ms"))); // not asked for
        QVERIFY(!json.contains(QStringLiteral("p50_ttft_ms"))); // --metric-percentiles is 99
        // Without --save-detailed, vLLM's file has no per-request lists but latencies and queue_times.
        QVERIFY(!json.contains(QStringLiteral("ttfts")));
        QVERIFY(!json.contains(QStringLiteral("errors")));
        // The random dataset asks the server to ignore EOS, as vLLM does; no temperature is sent.
        for (const ScriptedLlmServer::Stream& s : m_server->streams()) {
            const QJsonObject body = QJsonDocument::fromJson(s.body).object();
            QCOMPARE(body.value(QStringLiteral("ignore_eos")).toBool(), true);
            QVERIFY(!body.contains(QStringLiteral("temperature")));
        }
    }

    void sweepGivesOneFilePerPoint()
    {
        QTemporaryDir dir;
        const auto r
            = runCli({QStringLiteral("bench"), QStringLiteral("--base-url"),
                      m_server->baseUrl().toString() + QStringLiteral("/v1"), QStringLiteral("--model"),
                      QStringLiteral("scripted"), QStringLiteral("--endpoint"), QStringLiteral("/v1/chat/completions"),
                      QStringLiteral("--num-prompts"), QStringLiteral("8"), QStringLiteral("--max-concurrency"),
                      QStringLiteral("1,4"), QStringLiteral("--save-result"), dir.filePath(QStringLiteral("s.json")),
                      QStringLiteral("--save-detailed"), QStringLiteral("--temperature"), QStringLiteral("0"),
                      QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 2);
        QCOMPARE(doc.array().at(1).toObject().value(QStringLiteral("backend")).toString(),
                 QStringLiteral("openai-chat"));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("s-rateinf-conc1.json"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("s-rateinf-conc4.json"))));
        QCOMPARE(doc.array().at(0).toObject().value(QStringLiteral("ttfts")).toArray().size(), 8); // --save-detailed
        QCOMPARE(doc.array().at(0).toObject().value(QStringLiteral("start_times")).toArray().size(), 8);
        const QJsonObject body = QJsonDocument::fromJson(m_server->streams().constLast().body).object();
        QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(-1), 0.0);
        QVERIFY(body.contains(QStringLiteral("max_completion_tokens")));
    }

    void appendResultAddsALine()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a.json"));
        const QStringList args = {QStringLiteral("bench"),
                                  QStringLiteral("--base-url"),
                                  m_server->baseUrl().toString(),
                                  QStringLiteral("--model"),
                                  QStringLiteral("scripted"),
                                  QStringLiteral("--num-prompts"),
                                  QStringLiteral("2"),
                                  QStringLiteral("--save-result"),
                                  file,
                                  QStringLiteral("--append-result")};
        QCOMPARE(runCli(args).exitCode, 0);
        QCOMPARE(runCli(args).exitCode, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 2);
        for (const QByteArray& line : lines)
            QCOMPARE(QJsonDocument::fromJson(line).object().value(QStringLiteral("completed")).toInt(), 2);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no model") << QStringList {QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:1")};
        QTest::newRow("bad rate") << QStringList {QStringLiteral("--model"), QStringLiteral("m"),
                                                  QStringLiteral("--request-rate"), QStringLiteral("fast")};
        QTest::newRow("bad goodput") << QStringList {QStringLiteral("--model"), QStringLiteral("m"),
                                                     QStringLiteral("--goodput"), QStringLiteral("ttft=3")};
        QTest::newRow("bad metadata") << QStringList {QStringLiteral("--model"), QStringLiteral("m"),
                                                      QStringLiteral("--metadata"), QStringLiteral("novalue")};
        QTest::newRow("missing dataset") << QStringList {QStringLiteral("--model"), QStringLiteral("m"),
                                                         QStringLiteral("--dataset-name"), QStringLiteral("sharegpt")};
        QTest::newRow("bad endpoint") << QStringList {QStringLiteral("--model"), QStringLiteral("m"),
                                                      QStringLiteral("--endpoint"), QStringLiteral("/v2/x")};
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        const auto r = runCli(QStringList {QStringLiteral("bench")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void unreachableServerFails()
    {
        const auto r = runCli({QStringLiteral("bench"), QStringLiteral("--base-url"),
                               QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--model"), QStringLiteral("m"),
                               QStringLiteral("--num-prompts"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("Failed requests:                         3"));
        QVERIFY(r.out.contains("Failed requests by reason:"));
    }

private:
    ScriptedLlmServer* m_server = nullptr;
};

QTEST_GUILESS_MAIN(TestCliBench)
#include "tst_cli_bench.moc"
