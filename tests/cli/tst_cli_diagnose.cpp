// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "CliRun.h"
#include "Fixtures.h"
#include "StandInFiles.h"

using npufleet::test::CliRun;
using npufleet::test::fixturePath;

namespace {

// npufleet with extra "KEY=VALUE" environment entries.
CliRun runNpufleet(const QStringList& args, const QStringList& env = {})
{
    return npufleet::test::runCli(args, {}, npufleet::test::environmentWith(env));
}

} // namespace

class TestCliDiagnose : public QObject
{
    Q_OBJECT

private slots:
    void jsonForARealLog()
    {
        const CliRun run = runNpufleet({QStringLiteral("diagnose"),
                                        fixturePath(QStringLiteral("errors/hccl-EI0006-socket-timeout.txt")),
                                        QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray findings
            = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject f = findings.first().toObject();
        QCOMPARE(f.value(QStringLiteral("id")).toString(), QStringLiteral("hccl-socket-timeout"));
        QCOMPARE(f.value(QStringLiteral("line")).toInt(), 2); // the file's first line is its '# source' header
        QVERIFY(f.value(QStringLiteral("evidence")).toString().contains(QLatin1String("EI0006")));
        for (const char* key : {"id", "title", "explanation", "fix", "line", "evidence"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
    }

    void textAndChinese()
    {
        const QString log = fixturePath(QStringLiteral("errors/swarm-skip-dnat-firewalld.txt"));
        const CliRun en = runNpufleet({QStringLiteral("diagnose"), log}, {QStringLiteral("NPUFLEET_LANG=en")});
        QCOMPARE(en.exitCode, 1);
        QVERIFY(en.out.contains("swarm-skip-dnat"));
        QVERIFY(en.out.contains("systemctl stop firewalld"));
        const CliRun zh = runNpufleet({QStringLiteral("diagnose"), log}, {QStringLiteral("NPUFLEET_LANG=zh_CN")});
        QCOMPARE(zh.exitCode, 1);
        QVERIFY(zh.outText().contains(QStringLiteral("在每个节点上")));
    }

    // The root cause comes first with its code; the wrapper printed before it (ERR02200) is not reported.
    void jsonCarriesCodeAndRootCauseFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ray.log"));
        QString error;
        QVERIFY2(npufleet::test::writeStandInFile(
                     path, npufleet::test::fixtureBody(QStringLiteral("errors/unseen/ray-EJ0001-hccp-busy-verl.txt")),
                     false, &error),
                 qPrintable(error));
        const CliRun run
            = runNpufleet({QStringLiteral("diagnose"), path, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray findings
            = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject f = findings.first().toObject();
        QCOMPARE(f.value(QStringLiteral("id")).toString(), QStringLiteral("hccp-init-failed"));
        QCOMPARE(f.value(QStringLiteral("code")).toString(), QStringLiteral("EJ0001"));
        QCOMPARE(f.value(QStringLiteral("line")).toInt(), 5);
        QVERIFY(f.value(QStringLiteral("context")).toArray().at(0).toString().contains(QLatin1String("Solution:")));

        // A code no signature knows: its family, in both languages.
        const QString unknown = dir.filePath(QStringLiteral("unknown.log"));
        QVERIFY(npufleet::test::writeStandInFile(unknown, "EI0013: [PID: 7] something new in HCCL\n", false, &error));
        const CliRun en = runNpufleet({QStringLiteral("diagnose"), unknown}, {QStringLiteral("NPUFLEET_LANG=en")});
        QCOMPARE(en.exitCode, 1);
        QVERIFY2(en.outText().contains(QLatin1String("[cann-hccl] HCCL (collective communication) error EI0013")),
                 qPrintable(en.outText()));
        const CliRun zh = runNpufleet({QStringLiteral("diagnose"), unknown}, {QStringLiteral("NPUFLEET_LANG=zh_CN")});
        QVERIFY2(zh.outText().contains(QStringLiteral("HCCL（集合通信）")), qPrintable(zh.outText()));
    }

    void nothingRecognised()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ok.log"));
        QString error;
        QVERIFY2(npufleet::test::writeStandInFile(
                     path, "INFO:     Application startup complete.\nINFO:     \"GET /health HTTP/1.1\" 200 OK\n",
                     false, &error),
                 qPrintable(error));
        const CliRun run
            = runNpufleet({QStringLiteral("diagnose"), path, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray().size(), 0);
    }

    void badInput()
    {
        QCOMPARE(runNpufleet({QStringLiteral("diagnose")}).exitCode, 2);
        const CliRun missing = runNpufleet({QStringLiteral("diagnose"), QStringLiteral("/nonexistent/x.log")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QLatin1String("/nonexistent/x.log")));
        QCOMPARE(runNpufleet({QStringLiteral("diagnose"), QStringLiteral("--format"), QStringLiteral("xml"),
                              fixturePath(QStringLiteral("errors/npu-out-of-memory.txt"))})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliDiagnose)
#include "tst_cli_diagnose.moc"
