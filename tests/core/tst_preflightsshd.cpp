// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pre-flight of a two-node deployment over real SSH, on simulated nodes (real sshd on 127.0.0.x) whose
// stand-in tools print tests/fixtures/: healthy, and with one broken fixture on one node at a time.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/checks/CheckCatalog.h"
#include "core/checks/PreflightRunner.h"
#include "core/project/DemoProjects.h"
#include "core/remote/SshTransport.h"

#include "PreflightFindings.h"
#include "SshdFixture.h"

using namespace npufleet;
using namespace npufleet::checks;
using npufleet::test::failures;
using npufleet::test::SshdFixture;
using npufleet::test::StandInFault;

Q_DECLARE_METATYPE(npufleet::test::StandInFault)

class TestPreflightSshd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_models; // the model folder, the same on every node as shared storage makes it

    // The two-node DP demo moved onto the fixture's nodes: node1 (head) and node2, eight NPUs each.
    PreflightPlan planFor(const SshdFixture& cluster) const
    {
        auto data = project::loadDemo(QStringLiteral("deepseek-2node"));
        Q_ASSERT(data);
        data->demo = false;
        QHash<QString, QString> renamed;
        for (int i = 0; i < data->nodes.size(); ++i) {
            cluster::Node& n = data->nodes[i];
            const cluster::Node live = cluster.node(i);
            renamed.insert(n.name, live.name);
            test::moveOntoStandIn(n, live, i);
        }
        for (project::Placement& p : data->deployments.first().placement)
            p.node = renamed.value(p.node);
        data->models.first().path = m_models.path() + QStringLiteral("/DeepSeek-R1-0528-W8A8");
        auto plan = makePreflightPlan(*data, {});
        Q_ASSERT(plan);
        for (PlannedNode& pn : plan->nodes) {
            const int i = pn.node.name == cluster.nodeName(0) ? 0 : 1;
            pn.hccnConf = test::standInHccnConf(cluster.storageDir(i));
            pn.ascendRoot = test::standInAscendRoot(cluster.storageDir(i));
        }
        return *plan;
    }

    // A fresh cluster with the fault on one node, checked once.
    PreflightReport run(StandInFault fault, int faultyNode)
    {
        SshdFixture cluster(2);
        for (int i = 0; i < 2; ++i)
            cluster.setFault(i, i == faultyNode ? fault : StandInFault::None);
        QString error;
        if (!cluster.start(&error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        remote::SshTransportOptions o = cluster.transportOptions();
        PreflightRunner runner(std::make_shared<remote::SshTransport>(o));
        runner.setStepTimeoutMs(20'000);
        QSignalSpy finished(&runner, &PreflightRunner::finished);
        if (!runner.start(planFor(cluster)) || !finished.wait(60'000))
            return {};
        return runner.report();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<StandInFault>();
        QVERIFY(m_models.isValid());
        const QDir dir(m_models.path() + QStringLiteral("/DeepSeek-R1-0528-W8A8"));
        QVERIFY(dir.mkpath(QStringLiteral(".")));
        for (const auto& [name, bytes] :
             {std::pair {"config.json", 1678}, std::pair {"model-00001-of-00002.safetensors", 40960},
              std::pair {"model-00002-of-00002.safetensors", 20480}}) {
            QFile file(dir.filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(bytes, 'x'));
        }
    }

    void healthyTwoNodeDeploymentPasses()
    {
        QElapsedTimer timer;
        timer.start();
        const PreflightReport report = run(StandInFault::None, -1);
        qInfo("healthy pre-flight of 2 nodes over SSH (start of the cluster included): %lld ms", timer.elapsed());
        QCOMPARE(report.nodes, (QStringList {QStringLiteral("node1"), QStringLiteral("node2")}));
        QCOMPARE(failures(report), QStringList());
        for (const QString& node : report.nodes) {
            for (const QString& id : CheckCatalog::ids())
                QVERIFY2(report.result(id, node), qPrintable(id + QLatin1Char('@') + node));
        }
        QCOMPARE(report.results.size(), 2 * CheckCatalog::ids().size());
        QCOMPARE(report.pings.size(), 16);
        for (const PingCell& c : report.pings) {
            QCOMPARE(c.state, PingState::Ok);
            QCOMPARE(c.address, test::standInNpuAddress(c.toNode == QLatin1String("node1") ? 0 : 1, c.toNpu));
        }
        // Filled from what the node said, not from the project.
        const auto env = report.networkEnvironment(QStringLiteral("node2"));
        QCOMPARE(env.value(0), qMakePair(QStringLiteral("HCCL_IF_IP"), test::standInClusterAddress(1)));
        QCOMPARE(env.value(1), qMakePair(QStringLiteral("HCCL_SOCKET_IFNAME"), test::standInClusterNic()));
        QVERIFY(report.result(QStringLiteral("model-files"), QStringLiteral("node2"))
                    ->summary.contains(QLatin1String("3 file")));
    }

    void brokenFixtureGivesExactlyItsFailure_data()
    {
        QTest::addColumn<StandInFault>("fault");
        QTest::addColumn<int>("node");
        QTest::addColumn<QString>("expected");
        // The broken fixtures of the issue.
        QTest::newRow("link down") << StandInFault::LinkDown << 1 << "npu-link@node2:error";
        QTest::newRow("net_health fail") << StandInFault::NetHealthFail << 1 << "npu-net-health@node2:error";
        QTest::newRow("npu warning") << StandInFault::NpuWarning << 1 << "npu-health@node2:error";
        QTest::newRow("npu alarm") << StandInFault::NpuAlarm << 0 << "npu-health@node1:error";
        QTest::newRow("wrong nic") << StandInFault::WrongNic << 1 << "host-nic@node2:error";
        QTest::newRow("firewalld active") << StandInFault::FirewalldActive << 1 << "firewalld@node2:warning";
        QTest::newRow("model dir missing") << StandInFault::ModelDirMissing << 1 << "model-files@node2:error";
        QTest::newRow("port in use") << StandInFault::PortInUse << 0 << "ports@node1:error";
        // And more that a real cluster shows.
        QTest::newRow("stale hccn.conf") << StandInFault::StaleHccnConf << 1 << "hccn-conf@node2:error";
        QTest::newRow("ping fails") << StandInFault::PingFails << 0 << "npu-ping@node1:error";
        QTest::newRow("image missing") << StandInFault::ImageMissing << 1 << "docker-image@node2:warning";
        QTest::newRow("image not pullable") << StandInFault::ImageUnavailable << 1 << "docker-image@node2:error";
        QTest::newRow("cann differs") << StandInFault::CannMismatch << 1 << "versions@node2:warning";
        QTest::newRow("shm larger than memory") << StandInFault::SmallMemory << 1 << "shm-size@node2:error";
    }
    void brokenFixtureGivesExactlyItsFailure()
    {
        QFETCH(StandInFault, fault);
        QFETCH(int, node);
        QFETCH(QString, expected);
        const PreflightReport report = run(fault, node);
        QVERIFY(!report.results.isEmpty());
        if (failures(report) != QStringList {expected})
            qInfo().noquote() << renderPreflightText(report); // the whole grid, evidence of what went wrong
        QCOMPARE(failures(report), QStringList {expected});
        const CheckResult* r = report.result(expected.section(QLatin1Char('@'), 0, 0),
                                             expected.section(QLatin1Char('@'), 1).section(QLatin1Char(':'), 0, 0));
        QVERIFY(!r->summary.isEmpty());
        QVERIFY(!r->fix.isEmpty());
        QVERIFY(!r->evidence.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPreflightSshd)
#include "tst_preflightsshd.moc"
