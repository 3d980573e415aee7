// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Nodes that never answer cost their own timeout only: the others' inventory completes, the silent ones come
// back as unreachable, and asking just them again works. On the simulated fleet (10 of 256 silent) and over
// real SSH (servers that accept the connection and never say a word, beside real sshd on loopback).
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "core/project/DemoProjects.h"
#include "core/remote/InventoryRunner.h"
#include "core/remote/SshTransport.h"
#include "core/sim/SimulatedTransport.h"

#include "SshdFixture.h"

using namespace npufleet;

namespace {

// Runs an inventory of nodes to its end; the live state of each, by name.
QHash<QString, cluster::NodeLive>
inventory(std::shared_ptr<remote::Transport> transport, const QList<cluster::Node>& nodes, qint64* elapsedMs)
{
    remote::InventoryRunner runner(std::move(transport));
    QHash<QString, cluster::NodeLive> lives;
    QObject::connect(&runner, &remote::InventoryRunner::nodeFinished,
                     [&lives](const QString& node, const cluster::NodeLive& live) { lives.insert(node, live); });
    QSignalSpy finished(&runner, &remote::InventoryRunner::finished);
    QElapsedTimer timer;
    timer.start();
    runner.refresh(nodes);
    finished.wait(60'000);
    *elapsedMs = timer.elapsed();
    return lives;
}

} // namespace

class TestSilentNodes : public QObject
{
    Q_OBJECT

private slots:
    void tenOf256NeverAnswer()
    {
        auto data = project::loadDemo(QStringLiteral("fleet-256"));
        QVERIFY(data);
        QList<cluster::Node> nodes = data->nodes;
        QStringList silent;
        for (int i = 5; i < nodes.size() && silent.size() < 10; i += 25) {
            nodes[i].simulationFault = cluster::SimulatedFault::Silent;
            silent << nodes.at(i).name;
        }
        auto transport = std::make_shared<sim::SimulatedTransport>(project::demoSimulationFolder());
        transport->setSilentWaitMs(1500);
        qint64 ms = 0;
        const auto lives = inventory(transport, nodes, &ms);
        QCOMPARE(lives.size(), 256);
        QStringList failed;
        for (const cluster::Node& n : std::as_const(nodes)) {
            const cluster::NodeLive live = lives.value(n.name);
            if (live.status != cluster::NodeStatus::Simulated)
                failed << n.name;
            if (silent.contains(n.name)) {
                QCOMPARE(live.status, cluster::NodeStatus::Unreachable);
                QVERIFY(live.message.contains(QLatin1String("no answer")));
            }
        }
        for (const QString& name : silent)
            QVERIFY(failed.contains(name));
        QVERIFY(failed.size() <= 10 + 4); // the silent ten and the fleet's own unreachable few
        // Ten silent nodes at once cost one timeout, not ten in a row.
        QVERIFY2(ms < 1500 * 4, qPrintable(QString::number(ms)));

        // Asked again once they answer: only they are asked, and they come back.
        QList<cluster::Node> retry;
        for (cluster::Node n : std::as_const(nodes)) {
            if (silent.contains(n.name)) {
                n.simulationFault = cluster::SimulatedFault::None;
                retry << n;
            }
        }
        const auto again = inventory(transport, retry, &ms);
        QCOMPARE(again.size(), 10);
        for (const cluster::NodeLive& live : again)
            QCOMPARE(live.status, cluster::NodeStatus::Simulated);
    }

    // Two servers take the TCP connection and never send SSH's banner: each ends at the connect timeout,
    // while the four real sshd nodes answer.
    void silentServersOverSsh()
    {
        test::SshdFixture fleet(6);
        fleet.setDown(4);
        fleet.setDown(5);
        QString error;
        QVERIFY2(fleet.start(&error), qPrintable(error));
        QTcpServer silent4;
        QTcpServer silent5;
        QVERIFY(silent4.listen(QHostAddress(fleet.address(4)), quint16(fleet.port())));
        QVERIFY(silent5.listen(QHostAddress(fleet.address(5)), quint16(fleet.port())));
        remote::SshTransportOptions o = fleet.transportOptions();
        o.connectTimeoutMs = 1500;
        o.maxHandshakes = 2; // the silent two must not hold up the others' handshakes for long
        qint64 ms = 0;
        const auto lives = inventory(std::make_shared<remote::SshTransport>(o), fleet.nodes(), &ms);
        QCOMPARE(lives.size(), 6);
        for (int i = 0; i < 6; ++i) {
            const cluster::NodeLive live = lives.value(fleet.nodeName(i));
            QCOMPARE(live.status, i < 4 ? cluster::NodeStatus::Connected : cluster::NodeStatus::Unreachable);
        }
        QVERIFY2(ms < 15'000, qPrintable(QString::number(ms)));
    }
};

QTEST_GUILESS_MAIN(TestSilentNodes)
#include "tst_silentnodes.moc"
