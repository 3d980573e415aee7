// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `npufleet project new`, `node add|set|remove`, `deployment add|set|remove|show`: a project built from nothing
// on the command line exports what a two-node DeepSeek-R1 W8A8 DP2 x TP8 + EP run needs; every edit is
// checked with the deployment rules (exit 2 with the rule and the field), and a demo is never edited.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "CliRun.h"

namespace {

using npufleet::test::CliRun;
using npufleet::test::runCli;

QString read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestCliEdit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    CliRun run(const QStringList& args) { return runCli(args); }

    void buildDeepSeekProject()
    {
        m_project = m_dir.filePath(QStringLiteral("lab.npufleet.yaml"));
        CliRun r = run({QStringLiteral("project"), QStringLiteral("new"), m_project, QStringLiteral("--name"),
                        QStringLiteral("DeepSeek lab")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const auto& [name, ip] : {std::pair {"ds-0", "10.0.0.10"}, std::pair {"ds-1", "10.0.0.11"}}) {
            r = run({QStringLiteral("node"), QStringLiteral("add"), QStringLiteral("--project"), m_project,
                     QStringLiteral("--name"), QLatin1String(name), QStringLiteral("--host"), QLatin1String(ip),
                     QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--chip"),
                     QStringLiteral("910B3"), QStringLiteral("--npus"), QStringLiteral("8"),
                     QStringLiteral("--hbm-gib"), QStringLiteral("64"), QStringLiteral("--nic"),
                     QStringLiteral("enp189s0f0")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        r = run({QStringLiteral("deployment"), QStringLiteral("add"),
                 QStringLiteral("--project"),  m_project,
                 QStringLiteral("--name"),     QStringLiteral("deepseek-r1"),
                 QStringLiteral("--model"),    QStringLiteral("/models/DeepSeek-R1-0528-W8A8"),
                 QStringLiteral("--catalog"),  QStringLiteral("DeepSeek-R1-0528-W8A8"),
                 QStringLiteral("--quant"),    QStringLiteral("w8a8"),
                 QStringLiteral("--engine"),   QStringLiteral("vllm-ascend-dp"),
                 QStringLiteral("--tp"),       QStringLiteral("8"),
                 QStringLiteral("--dp"),       QStringLiteral("2"),
                 QStringLiteral("--ep"),       QStringLiteral("--nodes"),
                 QStringLiteral("ds-0,ds-1"),  QStringLiteral("--port"),
                 QStringLiteral("8000"),       QStringLiteral("--max-model-len"),
                 QStringLiteral("32768"),      QStringLiteral("--max-num-seqs"),
                 QStringLiteral("16"),         QStringLiteral("--block-size"),
                 QStringLiteral("128")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

private slots:
    void fromNothingToTheScriptsOfATwoNodeRun()
    {
        buildDeepSeekProject();
        if (QTest::currentTestFailed())
            return;
        const QString out = m_dir.filePath(QStringLiteral("launch"));
        const CliRun r = run({QStringLiteral("export"), QStringLiteral("--project"), m_project,
                              QStringLiteral("--format"), QStringLiteral("all"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString head, worker;
        for (const QString& f : QDir(out + QStringLiteral("/deepseek-r1")).entryList({QStringLiteral("start-*.sh")})) {
            const QString text = read(out + QStringLiteral("/deepseek-r1/") + f);
            (f.contains(QLatin1String("ds-0")) ? head : worker) = text;
        }
        QVERIFY2(!head.isEmpty() && !worker.isEmpty(), qPrintable(r.outText()));
        for (const char* flag :
             {"--data-parallel-size 2", "--data-parallel-size-local 1", "--data-parallel-address 10.0.0.10",
              "--quantization ascend", "--enable-expert-parallel", "--tensor-parallel-size 8", "HCCL_IF_IP=10.0.0.10",
              "HCCL_SOCKET_IFNAME=enp189s0f0", "GLOO_SOCKET_IFNAME=enp189s0f0"})
            QVERIFY2(head.contains(QLatin1String(flag)), flag);
        for (const char* flag : {"--headless", "--data-parallel-start-rank 1", "HCCL_IF_IP=10.0.0.11"})
            QVERIFY2(worker.contains(QLatin1String(flag)), flag);

        const CliRun show = run({QStringLiteral("deployment"), QStringLiteral("show"), QStringLiteral("--project"),
                                 m_project, QStringLiteral("--name"), QStringLiteral("deepseek-r1"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.outText().contains(QLatin1String("\"engine\": \"vllm-ascend-dp\"")));
    }

    void setChangesOneFieldAndKeepsTheRest()
    {
        const QByteArray before = read(m_project).toUtf8();
        CliRun r = run({QStringLiteral("deployment"), QStringLiteral("set"), QStringLiteral("--project"), m_project,
                        QStringLiteral("--name"), QStringLiteral("deepseek-r1"), QStringLiteral("--port"),
                        QStringLiteral("8100")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString after = read(m_project);
        QVERIFY(after.contains(QLatin1String("8100")));
        QVERIFY(after.contains(QLatin1String("vllm-ascend-dp")));
        QVERIFY(before != after.toUtf8());
    }

    void nodeSetTellsHowContainersGetNpus()
    {
        CliRun r = run({QStringLiteral("node"), QStringLiteral("set"), QStringLiteral("--project"), m_project,
                        QStringLiteral("--name"), QStringLiteral("ds-1"), QStringLiteral("--npu-access"),
                        QStringLiteral("ascend-docker-runtime")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(read(m_project).contains(QLatin1String("npu_access: ascend-docker-runtime")));
        const QString out = m_dir.filePath(QStringLiteral("npu-out"));
        r = run({QStringLiteral("export"), QStringLiteral("--project"), m_project, QStringLiteral("--format"),
                 QStringLiteral("sh"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString worker = read(out + QStringLiteral("/deepseek-r1/start-ds-1.sh"));
        QVERIFY(worker.contains(QLatin1String("--runtime ascend")));
        QVERIFY(worker.contains(QLatin1String("ASCEND_VISIBLE_DEVICES=0,1,2,3,4,5,6,7")));
        QVERIFY(!worker.contains(QLatin1String("/dev/davinci")));
        QVERIFY(read(out + QStringLiteral("/deepseek-r1/start-ds-0.sh")).contains(QLatin1String("/dev/davinci7")));
        r = run({QStringLiteral("node"), QStringLiteral("set"), QStringLiteral("--project"), m_project,
                 QStringLiteral("--name"), QStringLiteral("ds-1"), QStringLiteral("--npu-access"),
                 QStringLiteral("magic")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("node"), QStringLiteral("set"), QStringLiteral("--project"), m_project,
                 QStringLiteral("--name"), QStringLiteral("ds-1"), QStringLiteral("--npu-access"),
                 QStringLiteral("devices")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!read(m_project).contains(QLatin1String("npu_access")));
    }

    void brokenRulesExit2WithTheRuleAndField()
    {
        const QByteArray before = read(m_project).toUtf8();
        // TP 3 does not divide DeepSeek-R1's 128 attention heads (known from the catalog config).
        CliRun r = run({QStringLiteral("deployment"), QStringLiteral("set"), QStringLiteral("--project"), m_project,
                        QStringLiteral("--name"), QStringLiteral("deepseek-r1"), QStringLiteral("--tp"),
                        QStringLiteral("3")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("tp-heads (layout)")), qPrintable(r.err));
        // 2 x TP 8 NPUs do not split over three nodes.
        r = run({QStringLiteral("deployment"), QStringLiteral("set"), QStringLiteral("--project"), m_project,
                 QStringLiteral("--name"), QStringLiteral("deepseek-r1"), QStringLiteral("--nodes"),
                 QStringLiteral("ds-0,ds-1,ds-0")});
        QCOMPARE(r.exitCode, 2);
        // A cuda engine on Ascend nodes breaks the engine-hardware rule.
        r = run({QStringLiteral("deployment"), QStringLiteral("set"), QStringLiteral("--project"), m_project,
                 QStringLiteral("--name"), QStringLiteral("deepseek-r1"), QStringLiteral("--engine"),
                 QStringLiteral("vllm-cuda")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("engine-hardware (engine)")), qPrintable(r.err));
        // A second deployment on NPUs the first holds breaks device-shared.
        r = run({QStringLiteral("deployment"), QStringLiteral("add"), QStringLiteral("--project"), m_project,
                 QStringLiteral("--name"), QStringLiteral("other"), QStringLiteral("--model"),
                 QStringLiteral("/models/Qwen3-8B"), QStringLiteral("--tp"), QStringLiteral("1"),
                 QStringLiteral("--nodes"), QStringLiteral("ds-0")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("device-shared (placement)")), qPrintable(r.err));
        QCOMPARE(read(m_project).toUtf8(), before); // nothing written
    }

    void badValuesAndDemosAreRefused()
    {
        CliRun r
            = run({QStringLiteral("node"), QStringLiteral("add"), QStringLiteral("--project"), m_project,
                   QStringLiteral("--name"), QStringLiteral("../x"), QStringLiteral("--host"), QStringLiteral("h")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("node"), QStringLiteral("add"), QStringLiteral("--project"), m_project,
                 QStringLiteral("--name"), QStringLiteral("n9"), QStringLiteral("--host"), QStringLiteral("h"),
                 QStringLiteral("--nic"), QStringLiteral("eth0\n/ *(rw)")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("deployment"), QStringLiteral("set"), QStringLiteral("--project"), m_project,
                 QStringLiteral("--name"), QStringLiteral("deepseek-r1"), QStringLiteral("--env"),
                 QStringLiteral("A=1\nB=2")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("node"), QStringLiteral("remove"), QStringLiteral("--project"), m_project,
                 QStringLiteral("--name"), QStringLiteral("ds-1")});
        QCOMPARE(r.exitCode, 2); // deepseek-r1 runs there
        r = run({QStringLiteral("deployment"), QStringLiteral("set"), QStringLiteral("--project"),
                 QStringLiteral("demo:atlas-lab"), QStringLiteral("--name"), QStringLiteral("qwen3-30b-a3b"),
                 QStringLiteral("--port"), QStringLiteral("9000")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("project"), QStringLiteral("new"), m_project});
        QCOMPARE(r.exitCode, 2); // exists: --force to replace
    }

    void removeThenRemoveTheNode()
    {
        CliRun r = run({QStringLiteral("deployment"), QStringLiteral("remove"), QStringLiteral("--project"), m_project,
                        QStringLiteral("--name"), QStringLiteral("deepseek-r1")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("node"), QStringLiteral("remove"), QStringLiteral("--project"), m_project,
                 QStringLiteral("--name"), QStringLiteral("ds-1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!read(m_project).contains(QLatin1String("ds-1")));
    }
};

QTEST_GUILESS_MAIN(TestCliEdit)
#include "tst_cli_edit.moc"
