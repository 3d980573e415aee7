// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Live inventory of 5 real sshd nodes whose stand-in npu-smi prints tests/fixtures/.
#include <QSignalSpy>
#include <QTest>

#include "core/cluster/NpuSmiParser.h"
#include "core/remote/InventoryProbe.h"
#include "core/remote/InventoryRunner.h"
#include "core/remote/SshTransport.h"

#include "Fixtures.h"
#include "SshdFixture.h"

using namespace npufleet;
using namespace npufleet::remote;
using npufleet::test::SshdFixture;

class TestSshInventory : public QObject
{
    Q_OBJECT

private:
    SshdFixture m_cluster {5};
    std::shared_ptr<SshTransport> m_transport;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        SshTransportOptions o = m_cluster.transportOptions();
        m_transport = std::make_shared<SshTransport>(o);
    }
    void cleanupTestCase()
    {
        m_transport.reset();
        m_cluster.stop();
    }

    void probesEveryNode_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < 5; ++i)
            QTest::newRow(qPrintable(m_cluster.npuSmiFixture(i))) << i;
    }
    void probesEveryNode()
    {
        QFETCH(int, index);
        std::atomic_bool cancel {false};
        const cluster::NodeLive live = probeNode(*m_transport, m_cluster.node(index), cancel);
        QCOMPARE(live.status, cluster::NodeStatus::Connected);
        QCOMPARE(live.hostname, m_cluster.nodeName(index));
        const QString fixture = m_cluster.npuSmiFixture(index);
        const auto expected = cluster::parseNpuSmiInfo(test::fixtureBody(fixture));
        QVERIFY(expected);
        QCOMPARE(live.accelerators.size(), expected->accelerators.size());
        for (qsizetype a = 0; a < live.accelerators.size(); ++a) {
            QCOMPARE(live.accelerators.at(a).health, expected->accelerators.at(a).health);
            QCOMPARE(live.accelerators.at(a).name, expected->accelerators.at(a).name);
        }
        const QString npus = test::fixtureHeader(fixture, QStringLiteral("expect-npus"));
        if (!npus.isEmpty()) // counted per chip row, as the contract lists them
            QCOMPARE(int(live.accelerators.size()), npus.toInt());
        QCOMPARE(live.interfaces.size(), 1);
        QCOMPARE(live.interfaces.constFirst().name, QStringLiteral("enp189s0f0"));
        QCOMPARE(live.interfaces.constFirst().address, QStringLiteral("192.0.2.%1").arg(10 + index));
    }

    void brokenNodeShowsItsWarnings()
    {
        std::atomic_bool cancel {false};
        const cluster::NodeLive live = probeNode(*m_transport, m_cluster.node(2), cancel);
        QVERIFY(m_cluster.isBroken(2));
        int notOk = 0;
        for (const auto& acc : live.accelerators)
            notOk += acc.health != QLatin1String("OK") ? 1 : 0;
        QCOMPARE(notOk, test::fixtureHeader(m_cluster.npuSmiFixture(2), QStringLiteral("expect-not-ok")).toInt());
    }

    void runnerRefreshesAllAtOnce()
    {
        InventoryRunner runner(m_transport);
        QSignalSpy nodes(&runner, &InventoryRunner::nodeFinished);
        QSignalSpy done(&runner, &InventoryRunner::finished);
        QList<cluster::Node> all = m_cluster.nodes();
        cluster::Node dead = m_cluster.node(0);
        dead.name = QStringLiteral("dead");
        dead.host = QStringLiteral("127.0.0.251");
        all << dead;
        runner.refresh(all);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30'000);
        QCOMPARE(nodes.size(), 6);
        for (const QList<QVariant>& args : nodes) {
            const auto live = args.at(1).value<cluster::NodeLive>();
            const bool isDead = args.at(0).toString() == QLatin1String("dead");
            QCOMPARE(live.status, isDead ? cluster::NodeStatus::Unreachable : cluster::NodeStatus::Connected);
        }
    }
};

QTEST_GUILESS_MAIN(TestSshInventory)
#include "tst_sshinventory.moc"
