// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The listening ports of a node are read over real SSH (a stand-in `ss -ltnpH` prints what a node with a
// server on 8000 prints), the holder of a port is named, and a node that does not answer is an error naming it.
#include <QTest>

#include "core/checks/PortsOnNode.h"
#include "core/remote/SshTransport.h"

#include "SshdFixture.h"
#include "SshdPreflightTools.h"

using namespace npufleet;
using npufleet::checks::PortsOnNode;
using npufleet::test::SshdFixture;

class TestPortsOnNode : public QObject
{
    Q_OBJECT

private:
    SshdFixture m_cluster {1};
    std::shared_ptr<remote::SshTransport> m_transport;

private slots:
    void initTestCase()
    {
        m_cluster.setFault(0, test::StandInFault::PortInUse);
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        remote::SshTransportOptions o = m_cluster.transportOptions();
        m_transport = std::make_shared<remote::SshTransport>(o);
    }
    void cleanupTestCase()
    {
        m_transport.reset();
        m_cluster.stop();
    }

    void namesWhoHoldsAPort()
    {
        std::atomic_bool cancel {false};
        const auto listening = PortsOnNode::read(*m_transport, m_cluster.node(0), cancel);
        QVERIFY2(listening, qPrintable(listening ? QString() : listening.error().message));
        const auto server = PortsOnNode::holder(*listening, 8000);
        QVERIFY(server);
        QCOMPARE(server->process, QStringLiteral("python3"));
        QCOMPARE(PortsOnNode::holder(*listening, 22)->process, QStringLiteral("sshd"));
        QVERIFY(!PortsOnNode::holder(*listening, 8001));
    }

    void aNodeThatDoesNotAnswerIsNamed()
    {
        cluster::Node gone = m_cluster.node(0);
        gone.name = QStringLiteral("gone-node");
        gone.port = 1; // nothing listens there on loopback
        std::atomic_bool cancel {false};
        const auto listening = PortsOnNode::read(*m_transport, gone, cancel);
        QVERIFY(!listening);
        QCOMPARE(listening.error().node, QStringLiteral("gone-node"));
        QVERIFY2(listening.error().message.contains(QLatin1String("gone-node")), qPrintable(listening.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPortsOnNode)
#include "tst_portsonnode.moc"
