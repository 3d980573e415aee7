// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `npufleet exec` and live `npufleet inventory` against real sshd nodes on 127.0.0.x.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/cluster/NpuSmiParser.h"

#include "CliRun.h"
#include "Fixtures.h"
#include "SshdFixture.h"

using npufleet::test::SshdFixture;

using npufleet::test::CliRun;
using npufleet::test::runCli;

class TestCliExec : public QObject
{
    Q_OBJECT

private:
    SshdFixture m_cluster {3};
    QTemporaryDir m_scratch;

    QString hosts(const QString& extra = {}) const
    {
        QStringList list;
        for (int i = 0; i < m_cluster.count(); ++i)
            list << QStringLiteral("root@%1:%2").arg(m_cluster.address(i)).arg(m_cluster.port());
        if (!extra.isEmpty())
            list << extra;
        return list.join(QLatin1Char(','));
    }
    QStringList sshArgs(const QString& knownHosts = {}) const
    {
        return {QStringLiteral("--identity"), m_cluster.clientKey(), QStringLiteral("--known-hosts"),
                knownHosts.isEmpty() ? m_cluster.knownHostsFile() : knownHosts};
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_cluster.stop(); }

    void execPrefixesEveryLineWithTheNode()
    {
        const CliRun r = runCli(QStringList {QStringLiteral("exec"), QStringLiteral("--hosts"), hosts()} + sshArgs()
                                + QStringList {QStringLiteral("--"), QStringLiteral("hostname;"),
                                               QStringLiteral("echo"), QStringLiteral("warn"), QStringLiteral(">&2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (int i = 0; i < m_cluster.count(); ++i) {
            QVERIFY2(r.outText().contains(QStringLiteral("%1: %2\n").arg(m_cluster.address(i), m_cluster.nodeName(i))),
                     qPrintable(r.outText()));
            QVERIFY(r.err.contains(QStringLiteral("%1: warn\n").arg(m_cluster.address(i))));
        }
    }

    void exitCodeIsTheWorstNodes()
    {
        const CliRun r
            = runCli(QStringList {QStringLiteral("exec"), QStringLiteral("--hosts"), hosts()} + sshArgs()
                     + QStringList {QStringLiteral("--"),
                                    QStringLiteral("case $(hostname) in node2) exit 3;; node3) exit 1;; esac")});
        QCOMPARE(r.exitCode, 3);
    }

    void unreachableNodeGives255AndSparesTheOthers()
    {
        const QString dead = QStringLiteral("root@127.0.0.250:%1").arg(m_cluster.port());
        const CliRun r = runCli(QStringList {QStringLiteral("exec"), QStringLiteral("--hosts"), hosts(dead)} + sshArgs()
                                + QStringList {QStringLiteral("--"), QStringLiteral("echo"), QStringLiteral("alive")});
        QCOMPARE(r.exitCode, 255);
        QVERIFY(r.err.contains(QLatin1String("127.0.0.250: ")));
        QCOMPARE(r.outText().count(QLatin1String(": alive\n")), m_cluster.count());
    }

    void unknownHostKeysNeedTheFlag()
    {
        const QString knownHosts = m_scratch.filePath(QStringLiteral("cli_known_hosts"));
        const QStringList command {QStringLiteral("--"), QStringLiteral("true")};
        CliRun r = runCli(QStringList {QStringLiteral("exec"), QStringLiteral("--hosts"), hosts()} + sshArgs(knownHosts)
                          + command);
        QCOMPARE(r.exitCode, 255);
        QVERIFY(r.err.contains(m_cluster.hostFingerprint(0)));
        QVERIFY(r.err.contains(QLatin1String("--accept-new-host-keys")));
        QVERIFY(!QFile::exists(knownHosts));

        r = runCli(QStringList {QStringLiteral("exec"), QStringLiteral("--hosts"), hosts(),
                                QStringLiteral("--accept-new-host-keys")}
                   + sshArgs(knownHosts) + command);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), m_cluster.count());
        r = runCli(QStringList {QStringLiteral("exec"), QStringLiteral("--hosts"), hosts()} + sshArgs(knownHosts)
                   + command);
        QCOMPARE(r.exitCode, 0);
    }

    void liveInventoryAsJson()
    {
        const CliRun r = runCli(QStringList {QStringLiteral("inventory"), QStringLiteral("--hosts"), hosts(),
                                             QStringLiteral("--format"), QStringLiteral("json")}
                                + sshArgs());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray nodes = QJsonDocument::fromJson(r.out).object().value(QLatin1String("nodes")).toArray();
        QCOMPARE(nodes.size(), m_cluster.count());
        for (int i = 0; i < m_cluster.count(); ++i) {
            const QJsonObject node = nodes.at(i).toObject();
            QCOMPARE(node.value(QLatin1String("host")).toString(), m_cluster.address(i));
            const auto expected
                = npufleet::cluster::parseNpuSmiInfo(npufleet::test::fixtureBody(m_cluster.npuSmiFixture(i)));
            QVERIFY(expected);
            QCOMPARE(node.value(QLatin1String("accelerators")).toArray().size(), expected->accelerators.size());
        }
    }

    void liveInventoryWithADeadNodeFails()
    {
        const CliRun r = runCli(QStringList {QStringLiteral("inventory"), QStringLiteral("--hosts"),
                                             hosts(QStringLiteral("127.0.0.250:%1").arg(m_cluster.port()))}
                                + sshArgs());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("127.0.0.250")));
        QVERIFY(r.outText().contains(m_cluster.address(0)));
    }

    void demoProjectRunsOnTheSimulator()
    {
        // Demo nodes carry a real lab's addresses: this must answer without any connection. A simulated node
        // answers what the program's own steps ask for (their typed intents), not shell text: the few read-only
        // commands the program itself sends are recognised as such; any other command is one it does not have,
        // as a shell without it would say (127) — quickly, and on every node.
        const CliRun known
            = runCli({QStringLiteral("exec"), QStringLiteral("--project"), QStringLiteral("demo:atlas-lab"),
                      QStringLiteral("--"), QStringLiteral("hostname")});
        QCOMPARE(known.exitCode, 0);
        QVERIFY2(known.outText().contains(QLatin1String("atlas-106")), known.out.constData());
        const CliRun smi
            = runCli({QStringLiteral("exec"), QStringLiteral("--project"), QStringLiteral("demo:atlas-lab"),
                      QStringLiteral("--"), QStringLiteral("npu-smi"), QStringLiteral("info")});
        QCOMPARE(smi.exitCode, 0);
        QVERIFY2(smi.outText().contains(QLatin1String("910B")), smi.out.constData());

        const CliRun r = runCli({QStringLiteral("exec"), QStringLiteral("--project"), QStringLiteral("demo:atlas-lab"),
                                 QStringLiteral("--"), QStringLiteral("uname"), QStringLiteral("-a")});
        QCOMPARE(r.exitCode, 127);
        QVERIFY2(r.err.contains(QLatin1String("simulated node"))
                     && r.err.contains(QLatin1String("no recorded output for 'uname -a'")),
                 qPrintable(r.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no target") << QStringList {QStringLiteral("exec"), QStringLiteral("--"),
                                                   QStringLiteral("true")};
        QTest::newRow("no command") << QStringList {QStringLiteral("exec"), QStringLiteral("--hosts"),
                                                    QStringLiteral("h")};
        QTest::newRow("both targets") << QStringList {
            QStringLiteral("exec"),      QStringLiteral("--hosts"),        QStringLiteral("h"),
            QStringLiteral("--project"), QStringLiteral("demo:atlas-lab"), QStringLiteral("--"),
            QStringLiteral("true")};
        QTest::newRow("bad port") << QStringList {QStringLiteral("exec"), QStringLiteral("--hosts"),
                                                  QStringLiteral("h:0"), QStringLiteral("--"), QStringLiteral("true")};
        QTest::newRow("unknown node") << QStringList {
            QStringLiteral("exec"),    QStringLiteral("--project"), QStringLiteral("demo:atlas-lab"),
            QStringLiteral("--nodes"), QStringLiteral("nope"),      QStringLiteral("--"),
            QStringLiteral("true")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliExec)
#include "tst_cli_exec.moc"
