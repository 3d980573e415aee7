// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "core/planning/Placement.h"
#include "core/project/DemoProjects.h"

using namespace npufleet;
using namespace npufleet::planning;

class TestPlacement : public QObject
{
    Q_OBJECT

private slots:
    void groupSizes_data();
    void groupSizes();
    void freeGroupsPreferAligned();
    void demoDeploymentsLandOnHalves();
    void tooLargeModelStaysUnplaced();
    void chooseOnNodesSkipsBusyNpus();
    void fitLevels();

private:
    static project::ProjectData lab()
    {
        Result<project::ProjectData> data = project::loadDemo(QStringLiteral("atlas-lab"));
        return data ? *data : project::ProjectData {};
    }
};

void TestPlacement::groupSizes_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("8") << 8 << QList<int> {1, 2, 4, 8};
    QTest::newRow("6") << 6 << QList<int> {1, 2, 4, 6};
    QTest::newRow("1") << 1 << QList<int> {1};
    QTest::newRow("16") << 16 << QList<int> {1, 2, 4, 8, 16};
}

void TestPlacement::groupSizes()
{
    QFETCH(int, count);
    QFETCH(QList<int>, sizes);
    QCOMPARE(PlacementPlanner::groupSizes(count), sizes);
}

void TestPlacement::freeGroupsPreferAligned()
{
    const QList<int> all {0, 1, 2, 3, 4, 5, 6, 7};
    QCOMPARE(PlacementPlanner::freeGroups(all, {0}, 2).first(), (QList<int> {2, 3}));
    QCOMPARE(PlacementPlanner::freeGroups(all, {1}, 4).first(), (QList<int> {4, 5, 6, 7}));
    // No aligned group left: a contiguous one, then scattered devices.
    QCOMPARE(PlacementPlanner::freeGroups(all, {0, 5, 6, 7}, 3).first(), (QList<int> {1, 2, 3}));
    QCOMPARE(PlacementPlanner::freeGroups(all, {1, 3, 5, 7}, 2).first(), (QList<int> {0, 2}));
    QVERIFY(PlacementPlanner::freeGroups(all, {0, 1, 2, 3, 4, 5}, 4).isEmpty());
}

void TestPlacement::demoDeploymentsLandOnHalves()
{
    project::ProjectData data = lab();
    QCOMPARE(data.deployments.size(), 2);
    for (project::Deployment& d : data.deployments)
        d.placement.clear();
    const PlacementPlanner planner(data);
    const QList<AutoPlaceOutcome> outcomes = planner.autoPlace();
    QCOMPARE(outcomes.size(), 2);
    QSet<QList<int>> groups;
    for (const AutoPlaceOutcome& o : outcomes) {
        QVERIFY2(o.placed, qPrintable(o.reason));
        QCOMPARE(o.choice.placement.size(), 1);
        QCOMPARE(o.choice.placement.first().node, QStringLiteral("atlas-106"));
        groups.insert(o.choice.placement.first().devices);
        QCOMPARE(o.choice.layout().npus(), 4);
        // Whatever the speed ranking picks inside the half (DP, TP or both: the 910B4's PCIe links make
        // TP dearer than HCCS would), never pipeline stages inside one node.
        QCOMPARE(o.choice.layout().pp, 1);
    }
    QCOMPARE(groups, (QSet<QList<int>> {{0, 1, 2, 3}, {4, 5, 6, 7}}));
}

void TestPlacement::tooLargeModelStaysUnplaced()
{
    project::ProjectData data = lab();
    project::ModelSource big;
    big.id = QStringLiteral("r1-bf16");
    big.name = QStringLiteral("DeepSeek-R1-0528");
    big.catalog = QStringLiteral("DeepSeek-R1-0528");
    big.quantization = QStringLiteral("bf16");
    data.models << big;
    project::Deployment d = data.deployments.first();
    d.name = QStringLiteral("r1");
    d.model = big.id;
    d.placement.clear();
    data.deployments << d;
    const PlacementPlanner planner(data);
    const QList<AutoPlaceOutcome> outcomes = planner.autoPlace();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().deployment, QStringLiteral("r1"));
    QVERIFY(!outcomes.first().placed);
    QVERIFY2(outcomes.first().reason.contains(QLatin1String("short")), qPrintable(outcomes.first().reason));
    QVERIFY(outcomes.first().reason.contains(QLatin1String("fits on no free NPUs")));
}

void TestPlacement::chooseOnNodesSkipsBusyNpus()
{
    const project::ProjectData data = lab();
    const PlacementPlanner planner(data);
    QCOMPARE(planner.ownerOf(QStringLiteral("atlas-106"), 5), QStringLiteral("qwen25-coder-32b"));
    QVERIFY(planner.freeDevices(QStringLiteral("atlas-106")).isEmpty());
    QCOMPARE(planner.freeDevices(QStringLiteral("atlas-106"), QStringLiteral("qwen3-30b-a3b")),
             (QList<int> {0, 1, 2, 3}));

    project::Deployment d = data.deployments.first();
    d.name = QStringLiteral("another");
    PlacementChoice c = planner.chooseOnNodes(d, {QStringLiteral("atlas-106")});
    QCOMPARE(c.fit, Fit::NoFit);
    QVERIFY(c.reason.contains(QLatin1String("no free NPUs")));
    c = planner.chooseOnNodes(d, {QStringLiteral("atlas-106"), QStringLiteral("atlas-108")});
    QCOMPARE(c.fit, Fit::Fits);
    QCOMPARE(c.placement, (QList<project::Placement> {{QStringLiteral("atlas-108"), {0, 1, 2, 3}}}));
}

void TestPlacement::fitLevels()
{
    const project::ProjectData data = lab();
    const PlacementEvaluator evaluator(data);
    const project::Deployment& d = data.deployments.first(); // Qwen3-30B-A3B, bf16, 32 GB NPUs
    PlacementChoice one = evaluator.evaluate(d, {{QStringLiteral("atlas-107"), {3}}});
    QCOMPARE(one.fit, Fit::NoFit);
    QVERIFY(one.reason.contains(QLatin1String("short")));
    PlacementChoice four = evaluator.evaluate(d, {{QStringLiteral("atlas-107"), {0, 1, 2, 3}}});
    QCOMPARE(four.fit, Fit::Fits);
    QCOMPARE(four.npus(), 4);
    // Uneven nodes are trimmed to the smallest count.
    PlacementChoice uneven
        = evaluator.evaluate(d, {{QStringLiteral("atlas-107"), {0, 1, 2}}, {QStringLiteral("atlas-108"), {5, 4}}});
    QCOMPARE(uneven.placement.at(0).devices, (QList<int> {0, 1}));
    QCOMPARE(uneven.placement.at(1).devices, (QList<int> {4, 5}));
}

QTEST_GUILESS_MAIN(TestPlacement)
#include "tst_placement.moc"
