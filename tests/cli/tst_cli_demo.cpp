// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// chat, bench and monitor on a demo project: they reach its deployments as the GUI does, through the
// simulator, and open no connection to any address (checked with strace when it is installed).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "CliRun.h"
#include "ConnectTrace.h"

using npufleet::test::CliRun;
using npufleet::test::runCli;

namespace {

const QStringList kChat {QStringLiteral("chat"),
                         QStringLiteral("--project"),
                         QStringLiteral("demo:atlas-lab"),
                         QStringLiteral("--deployment"),
                         QStringLiteral("qwen3-30b-a3b"),
                         QStringLiteral("--stats"),
                         QStringLiteral("hi")};
const QStringList kBench {QStringLiteral("bench"),
                          QStringLiteral("--project"),
                          QStringLiteral("demo:atlas-lab"),
                          QStringLiteral("--deployment"),
                          QStringLiteral("qwen25-coder-32b"),
                          QStringLiteral("--num-prompts"),
                          QStringLiteral("20"),
                          QStringLiteral("--random-input-len"),
                          QStringLiteral("256"),
                          QStringLiteral("--random-output-len"),
                          QStringLiteral("16"),
                          QStringLiteral("--format"),
                          QStringLiteral("json")};
const QStringList kMonitor {
    QStringLiteral("monitor"), QStringLiteral("--project"), QStringLiteral("demo:deepseek-2node"),
    QStringLiteral("--once"),  QStringLiteral("--format"),  QStringLiteral("json")};

} // namespace

class TestCliDemo : public QObject
{
    Q_OBJECT

private slots:
    void chatStreamsFromTheSimulator()
    {
        const CliRun r = runCli(kChat);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.outText().contains(QStringLiteral("simulated reply from qwen3-30b-a3b")), r.out.constData());
        QVERIFY2(r.err.contains(QStringLiteral("TTFT")), qPrintable(r.err));
    }

    void benchMeasuresTheSimulator()
    {
        const CliRun r = runCli(kBench);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("completed")).toInt(), 20);
        QCOMPARE(o.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("model_id")).toString(), QStringLiteral("qwen25-coder-32b"));
        QCOMPARE(o.value(QStringLiteral("label")).toString(), QStringLiteral("qwen25-coder-32b"));
        QCOMPARE(o.value(QStringLiteral("total_output_tokens")).toInt(), 20 * 16);
        QVERIFY(o.value(QStringLiteral("mean_ttft_ms")).toDouble() > 10);
        QVERIFY(o.value(QStringLiteral("median_tpot_ms")).toDouble() > 5);
        QVERIFY2(r.err.contains(QStringLiteral("sim://atlas-106:8002")), qPrintable(r.err));
    }

    void monitorOnceReadsTheSimulatedMetrics()
    {
        const CliRun r = runCli(kMonitor);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("url")).toString(), QStringLiteral("sim://ds-node0:8000/metrics"));
        // The lab's server has been up a while: its counters and histograms hold earlier traffic.
        QVERIFY(o.value(QStringLiteral("running")).isDouble());
        QVERIFY(o.value(QStringLiteral("waiting")).isDouble());
        QVERIFY(o.value(QStringLiteral("kv_cache_usage")).isDouble());
        QVERIFY(o.value(QStringLiteral("prompt_tokens")).toDouble() > 0);
        QVERIFY(o.value(QStringLiteral("generation_tokens")).toDouble() > 0);
        QVERIFY(o.value(QStringLiteral("ttft")).toObject().value(QStringLiteral("count")).toDouble() > 0);
        QVERIFY(o.value(QStringLiteral("errors")).toArray().isEmpty());

        const CliRun table = runCli({QStringLiteral("monitor"), QStringLiteral("--project"),
                                     QStringLiteral("demo:atlas-lab"), QStringLiteral("--once")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.outText().contains(QStringLiteral("Requests running")), table.out.constData());
    }

    void badDeploymentOrMixedTargets()
    {
        const CliRun unknown
            = runCli({QStringLiteral("chat"), QStringLiteral("--project"), QStringLiteral("demo:atlas-lab"),
                      QStringLiteral("--deployment"), QStringLiteral("nope"), QStringLiteral("hi")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("qwen3-30b-a3b, qwen25-coder-32b")), qPrintable(unknown.err));
        const CliRun both
            = runCli({QStringLiteral("bench"), QStringLiteral("--project"), QStringLiteral("demo:atlas-lab"),
                      QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:1")});
        QCOMPARE(both.exitCode, 2);
        const CliRun orphan = runCli(
            {QStringLiteral("monitor"), QStringLiteral("--deployment"), QStringLiteral("x"), QStringLiteral("--once")});
        QCOMPARE(orphan.exitCode, 2);
    }

    // The check: strace -e connect of chat, bench and monitor on a demo shows no connection.
    void noConnectionToAnyAddress_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("chat") << kChat;
        QTest::newRow("bench") << kBench;
        QTest::newRow("monitor") << kMonitor;
    }
    void noConnectionToAnyAddress()
    {
        QFETCH(QStringList, args);
        const npufleet::test::ConnectTrace t = npufleet::test::traceConnects(QStringLiteral(NPUFLEET_BINARY), args);
        if (!t.skipReason.isEmpty())
            QSKIP(qPrintable(t.skipReason));
        QVERIFY2(t.exitCode == 0, qPrintable(t.err));
        QVERIFY2(t.inetConnects.isEmpty(), qPrintable(t.inetConnects.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
