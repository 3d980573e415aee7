// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The API server runs on the deployment's head node, whatever order its placement lists the nodes in:
// the recipes start it there and the clients (Playground, Benchmark, Monitor) ask there.
#include <QTest>

#include "core/recipes/Recipes.h"
#include "core/serving/DeploymentEndpoints.h"

#include "tests/core/RecipesDemo.h"

using namespace npufleet;

class TestServingNode : public QObject
{
    Q_OBJECT

private slots:
    void workerListedFirstStillServesOnTheHead()
    {
        project::ProjectData p = test::deepseekTwoNode();
        project::Deployment& d = p.deployments.first();
        std::swap(d.placement[0], d.placement[1]); // ds-node1 (a worker) first
        QCOMPARE(p.node(d.placement.first().node)->role, cluster::NodeRole::Worker);

        const auto endpoints = serving::deploymentEndpoints(p);
        QCOMPARE(endpoints.size(), 1);
        QCOMPARE(endpoints.first().node, QStringLiteral("ds-node0"));
        // A demo's deployment answers from the simulator, under its node's name; a real one at its address.
        QCOMPARE(endpoints.first().baseUrl.toString(), QStringLiteral("sim://ds-node0:8000/v1"));
        project::ProjectData real = p;
        real.demo = false;
        QCOMPARE(serving::deploymentEndpoints(real).first().baseUrl.host(), p.node(QStringLiteral("ds-node0"))->host);

        const auto plan = recipes::makeLaunchPlan(p, d.name);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
        QCOMPARE(plan->health.node, QStringLiteral("ds-node0"));
    }

    void withoutAHeadTheFirstPlacementServes()
    {
        project::ProjectData p = test::deepseekTwoNode();
        for (cluster::Node& n : p.nodes)
            n.role = cluster::NodeRole::Worker;
        const project::Deployment& d = p.deployments.first();
        QCOMPARE(p.servingPlacement(d), 0);
        QCOMPARE(serving::deploymentEndpoints(p).first().node, d.placement.first().node);
        project::Deployment none = d;
        none.placement.clear();
        QCOMPARE(p.servingPlacement(none), -1);
    }
};

QTEST_GUILESS_MAIN(TestServingNode)
#include "tst_servingnode.moc"
