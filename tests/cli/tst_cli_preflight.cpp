// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runNpufleet(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(NPUFLEET_BINARY), args);
    Run run;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

} // namespace

class TestCliPreflight : public QObject
{
    Q_OBJECT

private slots:
    // The single-node demo deployment is healthy on the simulator.
    void demoPasses()
    {
        const Run run
            = runNpufleet({QStringLiteral("preflight"), QStringLiteral("--project"), QStringLiteral("demo:atlas-lab"),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(doc.value(QStringLiteral("deployment")).toString(), QStringLiteral("qwen3-30b-a3b"));
        QCOMPARE(doc.value(QStringLiteral("summary")).toObject().value(QStringLiteral("error")).toInt(), 0);
        const QJsonArray results = doc.value(QStringLiteral("results")).toArray();
        QVERIFY(results.size() >= 10);
        for (const char* key : {"id", "node", "severity", "title", "summary", "evidence", "fix", "facts"})
            QVERIFY2(results.first().toObject().contains(QLatin1String(key)), key);
    }

    // The two-node demo has NPUs held by another engine: an error, exit 1, with the ping matrix.
    void busyDemoFails()
    {
        const Run run
            = runNpufleet({QStringLiteral("preflight"), QStringLiteral("--project"),
                           QStringLiteral("demo:deepseek-2node"), QStringLiteral("--deployment"),
                           QStringLiteral("deepseek-r1"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(doc.value(QStringLiteral("ping_matrix")).toArray().size(), 16);
        bool memory = false;
        for (const QJsonValue& v : doc.value(QStringLiteral("results")).toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("severity")).toString() == QLatin1String("error"))
                memory |= r.value(QStringLiteral("id")).toString() == QLatin1String("npu-memory");
        }
        QVERIFY(memory);
        const Run table = runNpufleet(
            {QStringLiteral("preflight"), QStringLiteral("--project"), QStringLiteral("demo:deepseek-2node")});
        QCOMPARE(table.exitCode, 1);
        QVERIFY(table.out.contains("What to do:"));
    }

    void badUsage()
    {
        QCOMPARE(runNpufleet({QStringLiteral("preflight")}).exitCode, 2);
        QCOMPARE(runNpufleet({QStringLiteral("preflight"), QStringLiteral("--project"), QStringLiteral("demo:nope")})
                     .exitCode,
                 2);
        const Run unknown
            = runNpufleet({QStringLiteral("preflight"), QStringLiteral("--project"), QStringLiteral("demo:atlas-lab"),
                           QStringLiteral("--deployment"), QStringLiteral("nope")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("nope")));
    }
};

QTEST_GUILESS_MAIN(TestCliPreflight)
#include "tst_cli_preflight.moc"
