// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The deployment rules: each fires on a deployment built to break it, names the field to change, and a
// sound deployment breaks none. The recipes report the first broken rule as their error.
#include <QSet>
#include <QTest>
#include <functional>

#include "core/project/DeploymentRules.h"
#include "core/recipes/Recipes.h"

#include "tests/core/RecipesDemo.h"

using namespace npufleet;
using project::Deployment;

// Changes a sound project so that one rule breaks.
using Breaker = std::function<void(project::ProjectData&, Deployment&)>;
Q_DECLARE_METATYPE(Breaker)

class TestDeploymentRules : public QObject
{
    Q_OBJECT

private slots:
    void soundDeploymentsBreakNoRule()
    {
        for (const project::ProjectData& p : {test::atlasLab(), test::deepseekTwoNode(), test::engineLab()}) {
            for (const Deployment& d : p.deployments) {
                const auto broken = project::checkDeployment(p, d);
                QVERIFY2(broken.isEmpty(), qPrintable(d.name + QLatin1String(": ") + broken.value(0).message));
            }
        }
    }

    void everyRuleFires_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("field");
        QTest::addColumn<Breaker>("breaker");
        QTest::addColumn<int>("heads");
        const auto row = [](const char* rule, const char* field, Breaker b, int heads = 0) {
            QTest::newRow(rule) << QString::fromLatin1(rule) << QString::fromLatin1(field) << b << heads;
        };
        row("model-missing", "model", [](auto&, Deployment& d) { d.model = QStringLiteral("nope"); });
        row("model-path-missing", "model", [](project::ProjectData& p, Deployment&) { p.models[0].path.clear(); });
        row("placement-empty", "placement", [](auto&, Deployment& d) { d.placement.clear(); });
        row("layout-invalid", "layout", [](auto&, Deployment& d) { d.layout.pp = 0; });
        row("node-unknown", "placement", [](auto&, Deployment& d) { d.placement[1].node = QStringLiteral("ghost"); });
        row("node-twice", "placement", [](auto&, Deployment& d) { d.placement[1].node = d.placement[0].node; });
        row("devices-none", "placement", [](auto&, Deployment& d) { d.placement[1].devices.clear(); });
        row("device-twice", "placement", [](auto&, Deployment& d) { d.placement[0].devices[1] = 0; });
        row("device-unknown", "placement", [](auto&, Deployment& d) { d.placement[0].devices[7] = 12; });
        row("device-shared", "placement", [](project::ProjectData& p, Deployment& d) {
            Deployment other = d;
            other.name = QStringLiteral("other");
            other.placement = {{d.placement[0].node, {3}}};
            other.layout = {};
            p.deployments << other;
        });
        row("layout-mismatch", "layout", [](auto&, Deployment& d) { d.layout.dp = 1; });
        row(
            "tp-heads", "layout", [](auto&, Deployment&) {}, 12);
        row("node-nic-missing", "node.nic",
            [](project::ProjectData& p, Deployment&) { p.nodes[1].clusterInterface.clear(); });
        row("engine-hardware", "engine", [](auto&, Deployment& d) { d.engine = project::Engine::VllmCuda; });
    }

    void everyRuleFires()
    {
        QFETCH(QString, rule);
        QFETCH(QString, field);
        QFETCH(Breaker, breaker);
        QFETCH(int, heads);
        QVERIFY(project::deploymentRuleIds().contains(rule));
        project::ProjectData p = test::deepseekTwoNode();
        breaker(p, p.deployments[0]);
        const Deployment d = p.deployments.first();
        const auto broken = project::checkDeployment(p, d, heads);
        QVERIFY(!broken.isEmpty());
        bool found = false;
        for (const project::RuleViolation& v : broken) {
            QVERIFY(!v.message.isEmpty());
            if (v.rule == rule) {
                found = true;
                QCOMPARE(v.field, field);
            }
        }
        QVERIFY2(found, qPrintable(rule + QLatin1String(" not among: ") + broken.first().rule));

        // The recipes refuse with the first broken rule's message.
        const auto plan = recipes::makeLaunchPlan(p, d.name, recipes::RecipeOptions {heads});
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(broken.first().message), qPrintable(plan.error().message));
    }

    void idsAreUnique()
    {
        const QStringList ids = project::deploymentRuleIds();
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    }
};

QTEST_GUILESS_MAIN(TestDeploymentRules)
#include "tst_deploymentrules.moc"
