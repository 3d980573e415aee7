// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pre-flight checks what the launch will need, as the launch plan says it: the ports each node will listen
// on, Swarm's ports, the containers' shared memory and the image. No recipe fact is copied by hand.
#include <QTest>

#include "core/checks/PreflightPlan.h"
#include "core/recipes/Recipes.h"

#include "tests/core/RecipesDemo.h"

using namespace npufleet;

class TestPreflightFromLaunch : public QObject
{
    Q_OBJECT

    static void compare(const project::ProjectData& p, const QString& deployment)
    {
        const auto launch = recipes::makeLaunchPlan(p, deployment);
        QVERIFY2(launch, launch ? "" : qPrintable(launch.error().toString()));
        const auto pre = checks::makePreflightPlan(p, deployment);
        QVERIFY2(pre, pre ? "" : qPrintable(pre.error().toString()));
        QCOMPARE(pre->nodes.size(), launch->nodes.size());
        for (const checks::PlannedNode& n : pre->nodes) {
            const recipes::NodePlan* np = launch->nodePlan(n.node.name);
            QVERIFY(np);
            QCOMPARE(n.ports, np->ports);
            QCOMPARE(n.swarmPorts, np->swarmPorts);
            QCOMPARE(n.swarmUdpPorts, np->swarmUdpPorts);
            QCOMPARE(n.head, np->head);
        }
        QCOMPARE(pre->image, launch->image);
        QCOMPARE(pre->swarm, launch->stack.has_value());
    }

private slots:
    void everyEngineAgreesWithItsLaunchPlan()
    {
        const project::ProjectData lab = test::engineLab();
        for (const project::Deployment& d : lab.deployments)
            compare(lab, d.name);
        compare(test::deepseekTwoNode(), QStringLiteral("deepseek-r1"));
        compare(test::deepseekRay(), QStringLiteral("deepseek-r1-ray"));
    }

    void portsFollowTheDeployment()
    {
        project::ProjectData p = test::deepseekTwoNode();
        project::Deployment& d = p.deployments.first();
        d.serving.port = 8123;
        d.extra.insert(QStringLiteral("dataParallelRpcPort"), 23456);
        d.extra.insert(QStringLiteral("shmSize"), QStringLiteral("32g"));
        const auto pre = checks::makePreflightPlan(p, d.name);
        QVERIFY(pre);
        QCOMPARE(pre->nodes.first().ports, (QList<int> {8123, 23456}));
        QVERIFY(pre->nodes.at(1).ports.isEmpty()); // headless ranks listen on nothing of their own
        QCOMPARE(pre->shmSize, QStringLiteral("32g"));

        project::ProjectData ray = test::deepseekRay();
        ray.deployments.first().extra.insert(QStringLiteral("rayPort"), 6380);
        const auto rayPre = checks::makePreflightPlan(ray, ray.deployments.first().name);
        QVERIFY(rayPre);
        QVERIFY(rayPre->nodes.first().ports.contains(6380));
    }

    void swarmPortsOnEveryNodeAndTheManagerPort()
    {
        const project::ProjectData lab = test::engineLab();
        const auto pre = checks::makePreflightPlan(lab, QStringLiteral("qwen3-swarm"));
        QVERIFY2(pre, pre ? "" : qPrintable(pre.error().toString()));
        QVERIFY(pre->swarm);
        QVERIFY(pre->nodes.first().swarmPorts.contains(2377));
        for (const checks::PlannedNode& n : pre->nodes) {
            QVERIFY(n.swarmPorts.contains(7946));
            QCOMPARE(n.swarmUdpPorts, (QList<int> {7946, 4789}));
        }
    }
};

QTEST_GUILESS_MAIN(TestPreflightFromLaunch)
#include "tst_preflightfromlaunch.moc"
