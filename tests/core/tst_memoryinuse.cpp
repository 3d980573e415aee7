// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Memory other processes hold counts as taken: on the demo deepseek-2node (its recorded npu-smi has NPUs 0-3 of
// both nodes 55.4 GiB held by one process each) and on a hand-made node, the rules name the process and the
// memory, and the board's fit preview refuses those NPUs.
#include <QTest>

#include "core/deployment/Rules.h"
#include "core/planning/PlacementEvaluator.h"

#include "DemoInventory.h"

using namespace npufleet;
using deployment::RuleViolation;

namespace {

project::ProjectData deepseekWithInventory()
{
    return test::demoWithInventory(QStringLiteral("deepseek-2node"));
}

QList<RuleViolation> inUse(const QList<RuleViolation>& all)
{
    QList<RuleViolation> out;
    for (const RuleViolation& v : all) {
        if (v.rule == QLatin1String("memory-in-use"))
            out << v;
    }
    return out;
}

} // namespace

class TestMemoryInUse : public QObject
{
    Q_OBJECT

private slots:
    // A relaunch replaces the deployment's own engine: the HBM it holds where its container runs is not a
    // conflict; the containers of another deployment (or none known) change nothing.
    void ownRunningContainerDoesNotCount()
    {
        project::ProjectData p = deepseekWithInventory();
        const project::Deployment& d = p.deployments.first();
        QVERIFY(!inUse(deployment::checkProject(p).violations).isEmpty());

        for (cluster::Node& n : p.nodes)
            n.live.containers = QStringList {QStringLiteral("npufleet-someone-else"), QStringLiteral("registry")};
        QCOMPARE(inUse(deployment::checkProject(p).violations).size(), 2);

        p.nodes[0].live.containers->append(d.containerName());
        const QList<RuleViolation> held = inUse(deployment::checkProject(p).violations);
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().node, p.nodes[1].name);

        QVERIFY(d.ownsContainer(d.containerName(QStringLiteral("worker"))));
        QVERIFY(d.ownsContainer(d.containerName() + QStringLiteral("_vllm.1.x3f9a")));
        QVERIFY(!d.ownsContainer(d.containerName() + QStringLiteral("-2")));
    }

    void demoNamesTheProcesses()
    {
        const project::ProjectData p = deepseekWithInventory();
        QCOMPARE(p.nodes.size(), 2);
        QCOMPARE(p.nodes[0].live.accelerators.size(), 8);
        QCOMPARE(p.nodes[0].live.accelerators[0].heldMib(), 56681);
        QCOMPARE(p.nodes[0].live.accelerators[4].heldMib(), 0); // 3353 MiB used: the idle chip's own share

        const deployment::RuleReport report = deployment::checkProject(p);
        const QList<RuleViolation> held = inUse(report.violations);
        QCOMPARE(held.size(), 2); // one per node
        for (const RuleViolation& v : held) {
            QCOMPARE(v.severity, deployment::Severity::Error);
            QCOMPARE(v.field, QStringLiteral("placement"));
            QCOMPARE(v.devices, (QList<int> {0, 1, 2, 3}));
            QVERIFY2(v.message.contains(QLatin1String("NPU 0: 55.4 GiB held by pid 4994")), qPrintable(v.message));
            QVERIFY2(v.message.contains(QLatin1String("58.9 GiB of 64.0 GiB")), qPrintable(v.message)); // 0.92 x 64
            QVERIFY2(v.hint.contains(QLatin1String("0.13")), qPrintable(v.hint)); // what is still free
        }
        QCOMPARE(held[0].other, QStringLiteral("pid 49943"));
        // The tiles of NPUs 0-3 carry it, those of 4-7 do not.
        QVERIFY(!inUse(report.at(QStringLiteral("ds-node1"), 2)).isEmpty());
        QVERIFY(inUse(report.at(QStringLiteral("ds-node1"), 6)).isEmpty());
    }

    void previewRefusesHeldNpus()
    {
        project::ProjectData p = deepseekWithInventory();
        const project::Deployment d = p.deployments.first();
        const planning::PlacementEvaluator evaluator(p);
        const planning::PlacementChoice busy = evaluator.evaluate(d, {{QStringLiteral("ds-node0"), {0, 1, 2, 3}}});
        QCOMPARE(busy.fit, planning::Fit::NoFit);
        QVERIFY2(busy.reason.contains(QLatin1String("pid 49943")), qPrintable(busy.reason));
        const planning::PlacementChoice idle = evaluator.evaluate(d, {{QStringLiteral("ds-node0"), {4, 5, 6, 7}}});
        QVERIFY2(!idle.reason.contains(QLatin1String("held by")), qPrintable(idle.reason));
    }

    void handMadeNode_data()
    {
        QTest::addColumn<int>("usedMib");
        QTest::addColumn<int>("processMib");
        QTest::addColumn<double>("utilization");
        QTest::addColumn<bool>("broken");
        QTest::addColumn<QString>("named");
        QTest::newRow("idle chip") << 3000 << -1 << 0.9 << false << QString();
        QTest::newRow("small process fits beside") << 6000 << 2048 << 0.9 << false << QString();
        QTest::newRow("process leaves too little") << 40000 << 36000 << 0.9 << true << QStringLiteral("pid 777 (vllm)");
        QTest::newRow("lower utilization fits") << 40000 << 36000 << 0.4 << false << QString();
        QTest::newRow("no process table, memory used")
            << 50000 << -1 << 0.9 << true << QStringLiteral("a process npu-smi does not list");
    }

    void handMadeNode()
    {
        QFETCH(int, usedMib);
        QFETCH(int, processMib);
        QFETCH(double, utilization);
        QFETCH(bool, broken);
        QFETCH(QString, named);
        project::ProjectData p;
        cluster::Node n;
        n.name = QStringLiteral("n1");
        n.hardware.chip = QStringLiteral("910B3");
        n.hardware.acceleratorCount = 2;
        n.hardware.memoryMibPerAccelerator = 65536;
        n.live.accelerators = n.accelerators();
        n.live.accelerators[1].hbmUsedMib = usedMib;
        if (processMib >= 0)
            n.live.accelerators[1].processes = {{0, 777, QStringLiteral("vllm"), processMib}};
        p.nodes << n;
        project::Deployment d;
        d.name = QStringLiteral("d");
        d.serving.gpuMemoryUtilization = utilization;
        const QList<RuleViolation> held = deployment::checkMemoryInUse(p, d, {{n.name, {0, 1}}});
        QCOMPARE(!held.isEmpty(), broken);
        if (!broken)
            return;
        QCOMPARE(held.first().devices, QList<int> {1});
        QVERIFY2(held.first().message.contains(named), qPrintable(held.first().message));
        QCOMPARE(held.first().rule, QStringLiteral("memory-in-use"));
    }
};

QTEST_GUILESS_MAIN(TestMemoryInUse)
#include "tst_memoryinuse.moc"
