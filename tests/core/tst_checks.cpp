// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <functional>

#include "core/checks/ClusterChecks.h"
#include "core/checks/NodeChecks.h"
#include "core/checks/PreflightRunner.h"
#include "core/project/DemoProjects.h"
#include "core/sim/SimulatedTransport.h"

#include "Fixtures.h"
#include "PreflightFindings.h"

using namespace npufleet;
using namespace npufleet::checks;
using npufleet::test::failures;
using npufleet::test::fixtureBody;

namespace {

// The simulator, with some answers of some nodes replaced: the broken fixtures of the issue.
class FaultyTransport final : public remote::Transport
{
public:
    using Edit = std::function<void(remote::ExecResult&)>;
    FaultyTransport()
        : m_inner(project::demoSimulationFolder())
    {
    }
    void fault(const QString& node, const QString& command, Edit edit) { m_faults << Fault {node, command, edit}; }
    void clearFaults() { m_faults.clear(); } // between runs only
    void answer(const QString& node, const QString& command, const QByteArray& out, int exitStatus = 0)
    {
        fault(node, command, [out, exitStatus](remote::ExecResult& r) {
            r.standardOutput = out;
            r.standardError.clear();
            r.exitStatus = exitStatus;
        });
    }
    remote::ExecResult execute(const cluster::Node& node,
                               const remote::ExecRequest& request,
                               const std::atomic_bool& cancel,
                               const remote::OutputSink& sink = {}) override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_timeouts << request.timeoutMs;
            m_calledNodes << node.name;
        }
        remote::ExecResult r = m_inner.execute(node, request, cancel, sink);
        for (const Fault& f : std::as_const(m_faults)) {
            if ((f.node.isEmpty() || f.node == node.name) && request.command.startsWith(f.command))
                f.edit(r);
        }
        return r;
    }
    bool isSimulated() const override { return true; }
    QList<int> timeouts() const
    {
        QMutexLocker lock(&m_mutex);
        return m_timeouts;
    }
    QStringList calledNodes() const
    {
        QMutexLocker lock(&m_mutex);
        return m_calledNodes;
    }

private:
    struct Fault
    {
        QString node;
        QString command;
        Edit edit;
    };
    sim::SimulatedTransport m_inner;
    QList<Fault> m_faults;
    mutable QMutex m_mutex;
    QList<int> m_timeouts;
    QStringList m_calledNodes;
};

// The two-node demo on idle NPUs: what a healthy cluster answers.
project::ProjectData healthyTwoNodes()
{
    auto data = project::loadDemo(QStringLiteral("deepseek-2node"));
    Q_ASSERT(data);
    for (cluster::Node& n : data->nodes)
        n.simulation = QStringLiteral("npu-smi-910B4-32G-idle.txt");
    return *data;
}

PreflightReport run(std::shared_ptr<remote::Transport> transport, const PreflightPlan& plan)
{
    PreflightRunner runner(std::move(transport));
    QSignalSpy finished(&runner, &PreflightRunner::finished);
    if (!runner.start(plan))
        return {};
    if (!finished.wait(30'000))
        return {};
    return runner.report();
}

PreflightPlan planOf(const project::ProjectData& data)
{
    auto plan = makePreflightPlan(data, {});
    Q_ASSERT(plan);
    return *plan;
}

QByteArray withHealth(QByteArray table, int npu, const QByteArray& health)
{
    // Rewrite the Health cell of one NPU row of a real idle table (the fixture folder's only unhealthy
    // table also has processes on every NPU, which would fail other checks).
    const QByteArray row = "| " + QByteArray::number(npu) + "     910B4               | ";
    const qsizetype at = table.indexOf(QByteArray(row + "OK     "));
    Q_ASSERT(at >= 0);
    table.replace(at + row.size(), 7, health.leftJustified(7, ' '));
    return table;
}

QByteArray idleTable()
{
    QFile file(project::demoSimulationFolder() + QStringLiteral("/npu-smi-910B4-32G-idle.txt"));
    file.open(QIODevice::ReadOnly);
    QByteArray body;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (body.isEmpty() && line.startsWith("# "))
            continue;
        body += line;
    }
    return body;
}

} // namespace

class TestChecks : public QObject
{
    Q_OBJECT

private slots:
    void healthyTwoNodeDeploymentPasses()
    {
        const PreflightPlan plan = planOf(healthyTwoNodes());
        QVERIFY(plan.multiNode);
        const PreflightReport report = run(std::make_shared<FaultyTransport>(), plan);
        QCOMPARE(report.nodes, (QStringList {QStringLiteral("ds-node0"), QStringLiteral("ds-node1")}));
        QCOMPARE(failures(report), QStringList());
        QCOMPARE(report.results.size(), 2 * 23); // every check on both nodes
        QCOMPARE(report.pings.size(), 16);
        for (const PingCell& c : report.pings)
            QCOMPARE(c.state, PingState::Ok);
        const auto env = report.networkEnvironment(QStringLiteral("ds-node1"));
        QCOMPARE(env.value(0), qMakePair(QStringLiteral("HCCL_IF_IP"), QStringLiteral("10.226.72.52")));
        QCOMPARE(env.value(1), qMakePair(QStringLiteral("HCCL_SOCKET_IFNAME"), QStringLiteral("enp67s0f5")));
        QVERIFY(!report.cancelled);
    }

    void brokenFixtureGivesExactlyItsFailure_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("link down") << "link" << QStringList {QStringLiteral("npu-link@ds-node1:error")};
        QTest::newRow("net_health fail") << "health" << QStringList {QStringLiteral("npu-net-health@ds-node1:error")};
        QTest::newRow("npu warning") << "npu-warning" << QStringList {QStringLiteral("npu-health@ds-node1:error")};
        QTest::newRow("npu alarm") << "npu-alarm" << QStringList {QStringLiteral("npu-health@ds-node1:error")};
        QTest::newRow("wrong nic") << "nic" << QStringList {QStringLiteral("host-nic@ds-node1:error")};
        QTest::newRow("firewalld") << "firewalld" << QStringList {QStringLiteral("firewalld@ds-node1:warning")};
        QTest::newRow("firewalld swarm") << "firewalld-swarm"
                                         << QStringList {QStringLiteral("firewalld@ds-node1:error")};
        QTest::newRow("model missing") << "model" << QStringList {QStringLiteral("model-files@ds-node1:error")};
        QTest::newRow("model differs") << "model-size" << QStringList {QStringLiteral("model-files@ds-node1:error")};
        QTest::newRow("port in use") << "port" << QStringList {QStringLiteral("ports@ds-node0:error")};
        QTest::newRow("ping fails") << "ping" << QStringList {QStringLiteral("npu-ping@ds-node0:error")};
        QTest::newRow("no npu ip") << "no-ip" << QStringList {QStringLiteral("npu-ip@ds-node1:error")};
        QTest::newRow("stale hccn.conf") << "conf" << QStringList {QStringLiteral("hccn-conf@ds-node1:error")};
        QTest::newRow("unreachable") << "unreachable" << QStringList {QStringLiteral("ssh@ds-node1:error")};
        QTest::newRow("image differs") << "image" << QStringList {QStringLiteral("versions@ds-node1:error")};
        QTest::newRow("vxlan port taken") << "udp-swarm" << QStringList {QStringLiteral("ports@ds-node1:error")};
        QTest::newRow("vxlan of a running swarm") << "udp-kernel-swarm" << QStringList {};
    }
    void brokenFixtureGivesExactlyItsFailure()
    {
        QFETCH(QString, fault);
        QFETCH(QStringList, expected);
        PreflightPlan plan = planOf(healthyTwoNodes());
        auto t = std::make_shared<FaultyTransport>();
        const QString n1 = QStringLiteral("ds-node1");
        if (fault == QLatin1String("link"))
            t->answer(n1, QStringLiteral("hccn_tool -i 3 -link -g"),
                      fixtureBody(QStringLiteral("hccn/link-2-down.txt")));
        else if (fault == QLatin1String("health"))
            t->answer(n1, QStringLiteral("hccn_tool -i 3 -net_health -g"), "net health status: Fault\n");
        else if (fault == QLatin1String("npu-warning"))
            t->answer(n1, QStringLiteral("npu-smi info"), withHealth(idleTable(), 3, "Warning"));
        else if (fault == QLatin1String("npu-alarm"))
            t->answer(n1, QStringLiteral("npu-smi info"), withHealth(idleTable(), 6, "Alarm"));
        else if (fault == QLatin1String("nic"))
            t->answer(n1, QStringLiteral("ip -o -4 addr"),
                      "1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n"
                      "2: enp67s0f0    inet 10.226.72.52/24 brd 10.226.72.255 scope global enp67s0f0\\       "
                      "valid_lft forever preferred_lft forever\n");
        else if (fault.startsWith(QLatin1String("firewalld"))) {
            t->answer(n1, QStringLiteral("systemctl is-active firewalld"), "active\n");
            plan.swarm = fault.endsWith(QLatin1String("swarm"));
        } else if (fault == QLatin1String("model"))
            t->fault(n1, QStringLiteral("find "), [](remote::ExecResult& r) {
                r.standardOutput.clear();
                r.standardError = "find: '/models/DeepSeek-R1-0528-W8A8': No such file or directory\n";
                r.exitStatus = 1;
            });
        else if (fault == QLatin1String("model-size"))
            t->fault(n1, QStringLiteral("find "), [](remote::ExecResult& r) {
                r.standardOutput.replace("3556377672", "1048576"); // a copy that stopped half-way
            });
        else if (fault == QLatin1String("port"))
            t->fault(QStringLiteral("ds-node0"), QStringLiteral("ss -ltn"), [](remote::ExecResult& r) {
                r.standardOutput += "LISTEN 0 2048 0.0.0.0:8000 0.0.0.0:* users:((\"python3\",pid=4242,fd=20))\n";
            });
        else if (fault == QLatin1String("ping"))
            t->answer(QStringLiteral("ds-node0"), QStringLiteral("hccn_tool -i 2 -ping -g address"),
                      "device 2 PING 192.168.102.52\n3 packets transmitted, 0 received, 100.00% packet loss\n");
        else if (fault == QLatin1String("no-ip"))
            t->answer(n1, QStringLiteral("hccn_tool -i 0 -ip -g"),
                      fixtureBody(QStringLiteral("hccn/ip-3-fail-no-ip.txt")), 1);
        else if (fault == QLatin1String("conf"))
            t->fault(n1, QStringLiteral("cat -- /etc/hccn.conf"), [](remote::ExecResult& r) {
                r.standardOutput.replace("address_5=192.168.105.52", "address_5=192.168.105.77");
            });
        else if (fault == QLatin1String("unreachable"))
            t->fault(n1, QString(), [](remote::ExecResult& r) {
                r = remote::ExecResult();
                r.status = remote::ExecStatus::Unreachable;
                r.message = QStringLiteral("connection timed out");
            });
        else if (fault == QLatin1String("image"))
            t->answer(n1, QStringLiteral("docker image inspect"), "sha256:0123456789abcdef\n");
        else if (fault.startsWith(QLatin1String("udp"))) {
            // Another overlay (flannel) holds VXLAN's port; the kernel's own socket has no process.
            plan.swarm = true;
            for (PlannedNode& pn : plan.nodes)
                pn.swarmUdpPorts = {7946, 4789}; // as planOf() gives a Swarm deployment
            t->answer(n1, QStringLiteral("ss -lun"),
                      fault == QLatin1String("udp-swarm")
                          ? "UNCONN 0 0 0.0.0.0:4789 0.0.0.0:* users:((\"flanneld\",pid=77,fd=5))\n"
                          : "UNCONN 0 0 0.0.0.0:4789 0.0.0.0:*\n");
        }
        const PreflightReport report = run(t, plan);
        QCOMPARE(failures(report), expected);
        for (const CheckResult& r : report.results) {
            if (r.severity != Severity::Pass) {
                QVERIFY2(!r.fix.isEmpty(), qPrintable(r.id));
                QVERIFY2(!r.summary.isEmpty(), qPrintable(r.id));
            }
        }
    }

    // The demo as shipped: four NPUs of each node are held by another engine.
    void busyDemoNpusAreCaught()
    {
        const PreflightReport report
            = run(std::make_shared<FaultyTransport>(), planOf(*project::loadDemo(QStringLiteral("deepseek-2node"))));
        QCOMPARE(failures(report),
                 (QStringList {QStringLiteral("npu-memory@ds-node0:error"), QStringLiteral("npu-memory@ds-node1:error"),
                               QStringLiteral("npu-processes@ds-node0:warning"),
                               QStringLiteral("npu-processes@ds-node1:warning")}));
        const CheckResult* memory = report.result(QStringLiteral("npu-memory"), QStringLiteral("ds-node0"));
        QVERIFY(memory->summary.contains(QLatin1String("NPU 0, 1, 2, 3: 56681 MiB held")));
        QVERIFY(!memory->summary.contains(QLatin1String("NPU 4")));
    }

    // An earlier run of the same deployment holds the memory: Launch removes it first, so that is a warning
    // naming the container; on the node where only another program holds it, still an error.
    void earlierRunOfTheDeploymentIsOnlyAWarning()
    {
        const auto data = project::loadDemo(QStringLiteral("deepseek-2node"));
        const PreflightPlan plan = planOf(*data);
        auto transport = std::make_shared<FaultyTransport>();
        const QByteArray mine = data->deployments.first().containerName().toUtf8();
        transport->answer(QStringLiteral("ds-node0"), QStringLiteral("docker ps"), "registry\n" + mine + "\n");
        transport->answer(QStringLiteral("ds-node1"), QStringLiteral("docker ps"), "registry\n" + mine + "-2\n");
        const PreflightReport report = run(transport, plan);
        QCOMPARE(
            failures(report),
            (QStringList {QStringLiteral("npu-memory@ds-node0:warning"), QStringLiteral("npu-memory@ds-node1:error"),
                          QStringLiteral("npu-processes@ds-node0:warning"),
                          QStringLiteral("npu-processes@ds-node1:warning")}));
        const CheckResult* memory = report.result(QStringLiteral("npu-memory"), QStringLiteral("ds-node0"));
        QVERIFY2(memory->fix.contains(QString::fromUtf8(mine)), qPrintable(memory->fix));
    }

    void singleNodeSkipsTheNpuNetwork()
    {
        const PreflightReport report
            = run(std::make_shared<FaultyTransport>(), planOf(*project::loadDemo(QStringLiteral("atlas-lab"))));
        QCOMPARE(failures(report), QStringList());
        QVERIFY(!report.result(QStringLiteral("npu-link"), QStringLiteral("atlas-106")));
        QVERIFY(report.result(QStringLiteral("npu-health"), QStringLiteral("atlas-106")));
        QVERIFY(report.pings.isEmpty());
    }

    void cancelStopsEarly()
    {
        PreflightRunner runner(std::make_shared<FaultyTransport>());
        QSignalSpy finished(&runner, &PreflightRunner::finished);
        QVERIFY(runner.start(planOf(healthyTwoNodes())));
        QVERIFY(!runner.start(planOf(healthyTwoNodes()))); // one at a time
        runner.cancel();
        QVERIFY(finished.wait(30'000));
        QVERIFY(runner.report().cancelled);
        QVERIFY(!runner.isRunning());
    }

    // A node that did not answer is asked again on demand; the others' findings stay and are not asked again.
    void retryAsksOnlyTheNodesThatDidNotAnswer()
    {
        auto t = std::make_shared<FaultyTransport>();
        const PreflightPlan plan = planOf(healthyTwoNodes());
        const QString down = plan.nodes.at(1).node.name;
        t->fault(down, QString(), [](remote::ExecResult& r) {
            r.status = remote::ExecStatus::Unreachable;
            r.message = QStringLiteral("connection refused");
        });
        PreflightRunner runner(t);
        QSignalSpy finished(&runner, &PreflightRunner::finished);
        QVERIFY(runner.start(plan));
        QVERIFY(finished.wait(30'000));
        QCOMPARE(runner.report().unansweredNodes(), QStringList {down});
        const int firstCalls = int(t->calledNodes().size());
        QVERIFY(!runner.retry({QStringLiteral("no-such-node")}));

        t->clearFaults(); // the node is back
        QVERIFY(runner.retry(runner.report().unansweredNodes()));
        QVERIFY(finished.wait(30'000));
        const PreflightReport& report = runner.report();
        QVERIFY(report.unansweredNodes().isEmpty());
        QCOMPARE(report.result(QStringLiteral("ssh"), down)->severity, Severity::Pass);
        QCOMPARE(report.result(QStringLiteral("ssh"), plan.nodes.at(0).node.name)->severity, Severity::Pass);
        QVERIFY(!report.pings.isEmpty()); // the nodes ping each other again, now that both answer
        // The probe phase of the retry ran on the retried node only; the first node only pinged.
        const QStringList again = t->calledNodes().mid(firstCalls);
        QVERIFY(again.count(down) > again.count(plan.nodes.at(0).node.name));
    }

    // Small plans ping as a full mesh; large ones ping a ring and its chords, so 256 nodes need 2 peers each,
    // not 255, and every node is still pinged by another.
    void pingPeersGrowLinearly()
    {
        auto planOfSize = [](int n) {
            PreflightPlan plan;
            plan.multiNode = true;
            for (int i = 0; i < n; ++i) {
                PlannedNode pn;
                pn.node.name = QStringLiteral("n%1").arg(i);
                plan.nodes << pn;
            }
            return plan;
        };
        const PreflightPlan small = planOfSize(int(kFullMeshPingNodes));
        for (const PlannedNode& pn : small.nodes)
            QCOMPARE(pingPeers(small, pn).size(), kFullMeshPingNodes - 1);
        const PreflightPlan large = planOfSize(256);
        QSet<QString> pinged;
        for (const PlannedNode& pn : large.nodes) {
            const QList<const PlannedNode*> peers = pingPeers(large, pn);
            QCOMPARE(peers.size(), 2);
            for (const PlannedNode* peer : peers) {
                QVERIFY(peer->node.name != pn.node.name);
                pinged << peer->node.name;
            }
        }
        QCOMPARE(pinged.size(), 256);
        QCOMPARE(pingPeers(planOfSize(9), planOfSize(9).nodes.first()).size(), 2);
    }

    void everyStepHasItsTimeout()
    {
        auto t = std::make_shared<FaultyTransport>();
        PreflightRunner runner(t);
        runner.setStepTimeoutMs(5'000);
        QSignalSpy finished(&runner, &PreflightRunner::finished);
        QVERIFY(runner.start(planOf(healthyTwoNodes())));
        QVERIFY(finished.wait(30'000));
        const QList<int> timeouts = t->timeouts();
        QVERIFY(!timeouts.isEmpty());
        for (int ms : timeouts)
            QVERIFY(ms > 0 && ms <= 5'000);
    }

    // The pure check on a real table with two unhealthy NPUs.
    void unhealthyNpusFromARealTable()
    {
        PreflightPlan plan;
        PlannedNode pn;
        pn.node.name = QStringLiteral("n");
        pn.devices = {0, 3, 7};
        NodeFacts facts;
        CommandOutput out;
        out.status = remote::ExecStatus::Ok;
        out.exitStatus = 0;
        out.standardOutput = fixtureBody(QStringLiteral("npu-smi/info-910A-32G-2-warning-24.1.RC2.txt"));
        facts.outputs.insert(QStringLiteral("npu-smi"), out);
        const QList<CheckResult> results = checkNpus(plan, pn, facts);
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).id, QStringLiteral("npu-health"));
        QCOMPARE(results.at(0).severity, Severity::Error);
        QVERIFY(results.at(0).summary.contains(QLatin1String("NPU 3 health is Warning")));
        QVERIFY(results.at(0).summary.contains(QLatin1String("NPU 7 health is Warning")));
        QCOMPARE(results.at(2).id, QStringLiteral("npu-processes"));
        QCOMPARE(results.at(2).severity, Severity::Warning);
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
