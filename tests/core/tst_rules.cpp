// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The deployment rules (core/deployment/Rules): each fires on a deployment built to break it, with the
// catalogue's severity and the field to change; a sound deployment breaks none; the cases below exercise
// exactly the catalogue's ids. The recipes report the first broken rule as their error.
#include <QSet>
#include <QTest>
#include <algorithm>
#include <functional>

#include "core/deployment/Rules.h"
#include "core/project/DemoProjects.h"
#include "core/recipes/Recipes.h"

#include "tests/core/RecipesDemo.h"

using namespace npufleet;
using deployment::RuleViolation;
using project::Deployment;
using project::ProjectData;

namespace {

// Changes a sound project so that one rule breaks. "ds": test::deepseekTwoNode(), the deployment is its
// DeepSeek DP2 x TP8 on two nodes; "lab": the atlas-lab demo, the deployment is Qwen2.5-Coder-32B (40 heads,
// TP4 on atlas-106 NPUs 4-7, a 910B4 of 32 GB).
using Breaker = std::function<void(ProjectData&, Deployment&)>;

struct Case
{
    const char* name;
    const char* rule;
    const char* source;
    Breaker breaker;
    int heads = 0; // given to checkDeployment (the recipes' attention heads)
};

const QString a106 = QStringLiteral("atlas-106");
const QString a107 = QStringLiteral("atlas-107");

QList<Case> cases()
{
    return {
        {"model-missing", "model-missing", "ds", [](auto&, Deployment& d) { d.model = QStringLiteral("nope"); }},
        {"model-path-missing", "model-path-missing", "ds", [](ProjectData& p, auto&) { p.models[0].path.clear(); }},
        {"placement-empty", "placement-empty", "ds", [](auto&, Deployment& d) { d.placement.clear(); }},
        {"placement-empty on the board", "placement-empty", "lab", [](auto&, Deployment& d) { d.placement.clear(); }},
        {"node-unknown", "node-unknown", "ds", [](auto&, Deployment& d) { d.placement[1].node = QStringLiteral("x"); }},
        {"node-twice", "node-twice", "ds", [](auto&, Deployment& d) { d.placement[1].node = d.placement[0].node; }},
        {"devices-none", "devices-none", "ds", [](auto&, Deployment& d) { d.placement[1].devices.clear(); }},
        {"device-twice", "device-twice", "ds", [](auto&, Deployment& d) { d.placement[0].devices[1] = 0; }},
        {"device-unknown", "device-unknown", "ds", [](auto&, Deployment& d) { d.placement[0].devices[7] = 12; }},
        {"device-unknown on the board", "device-unknown", "lab",
         [](auto&, Deployment& d) {
             d.placement = {{a106, {4, 5, 6, 9}}};
         }},
        {"device-shared", "device-shared", "ds",
         [](ProjectData& p, Deployment& d) {
             Deployment other = d;
             other.name = QStringLiteral("other");
             other.placement = {{d.placement[0].node, {3}}};
             other.layout = {};
             p.deployments << other;
         }},
        {"device-shared on the board", "device-shared", "lab",
         [](auto&, Deployment& d) {
             d.placement = {{a106, {2, 3, 4, 5}}};
         }},
        {"layout-invalid", "layout-invalid", "ds", [](auto&, Deployment& d) { d.layout.pp = 0; }},
        {"layout-mismatch", "layout-mismatch", "ds", [](auto&, Deployment& d) { d.layout.dp = 1; }},
        {"layout-mismatch on the board", "layout-mismatch", "lab", [](auto&, Deployment& d) { d.layout.tp = 8; }},
        {"tp-heads", "tp-heads", "ds", [](auto&, Deployment&) {}, 12},
        {"tp-heads from the model", "tp-heads", "lab",
         [](auto&, Deployment& d) {
             d.placement = {{a107, {0, 1, 2}}}, d.layout = {3, 1, 1, false};
         }},
        {"node-nic-missing", "node-nic-missing", "ds",
         [](ProjectData& p, auto&) { p.nodes[1].clusterInterface.clear(); }},
        {"engine-hardware", "engine-hardware", "ds",
         [](auto&, Deployment& d) { d.engine = project::Engine::VllmCuda; }},
        {"tp-crosses-nodes", "tp-crosses-nodes", "lab",
         [](auto&, Deployment& d) {
             d.placement = {{a107, {0, 1}}, {QStringLiteral("atlas-108"), {0, 1}}};
         }},
        {"tp-not-contiguous", "tp-not-contiguous", "lab",
         [](auto&, Deployment& d) {
             d.placement = {{a107, {0, 2, 4, 6}}};
         }},
        {"tp-not-contiguous across halves", "tp-not-contiguous", "lab",
         [](auto&, Deployment& d) {
             d.placement = {{a107, {2, 3, 4, 5}}};
         }},
        {"memory-unknown", "memory-unknown", "lab",
         [](ProjectData& p, Deployment& d) {
             project::ModelSource& m = *std::find_if(p.models.begin(), p.models.end(),
                                                     [&](const project::ModelSource& s) { return s.id == d.model; });
             m.catalog = QStringLiteral("no-such-model");
             m.hubId.clear();
             m.path = QStringLiteral("/nowhere/on/this/machine");
         }},
        {"memory-in-use", "memory-in-use", "lab",
         [](ProjectData& p, auto&) {
             // A process outside the project holds half of NPU 5's HBM: 0.9 of 32 GiB no longer fits beside it.
             cluster::Node& n = p.nodes[p.nodeIndex(a106)];
             n.live.accelerators = n.accelerators();
             n.live.accelerators[5].hbmUsedMib = 20480;
             n.live.accelerators[5].processes = {{0, 4242, QStringLiteral("python3"), 16384}};
         }},
        {"memory-over-budget", "memory-over-budget", "lab",
         [](auto&, Deployment& d) {
             d.placement = {{a106, {4}}}, d.layout = {1, 1, 1, false};
         }},
    };
}

ProjectData lab()
{
    Result<ProjectData> data = project::loadDemo(QStringLiteral("atlas-lab"));
    return data ? *data : ProjectData {};
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void soundDeploymentsBreakNoRule()
    {
        for (const ProjectData& p : {test::atlasLab(), test::deepseekTwoNode(), test::engineLab()}) {
            for (const Deployment& d : p.deployments) {
                const auto broken = deployment::checkDeployment(p, d);
                QVERIFY2(broken.isEmpty(), qPrintable(d.name + QLatin1String(": ") + broken.value(0).message));
            }
        }
    }

    void demoIsClean()
    {
        const deployment::RuleReport r = deployment::checkProject(lab());
        QVERIFY2(r.violations.isEmpty(), qPrintable(r.violations.value(0).text()));
        QCOMPARE(r.uses.size(), 8);
    }

    void everyRuleFires_data()
    {
        QTest::addColumn<int>("index");
        const QList<Case> all = cases();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all.at(i).name) << i;
    }

    void everyRuleFires()
    {
        QFETCH(int, index);
        const Case c = cases().at(index);
        const QString rule = QLatin1String(c.rule);
        const bool ds = qstrcmp(c.source, "ds") == 0;
        ProjectData p = ds ? test::deepseekTwoNode() : lab();
        const int di = ds ? 0 : p.deploymentIndex(QStringLiteral("qwen25-coder-32b"));
        QVERIFY(di >= 0);
        c.breaker(p, p.deployments[di]);
        const Deployment d = p.deployments.at(di);

        // The board's report (with the model read) and the recipes' check (without) both hold the rule.
        const QList<RuleViolation> quick = deployment::checkDeployment(p, d, c.heads);
        const QList<RuleViolation> found = quick + deployment::checkProject(p).of(d.name);
        const deployment::RuleInfo* info = deployment::ruleInfo(rule);
        QVERIFY2(info, c.rule);
        bool fired = false;
        QStringList seen;
        for (const RuleViolation& v : found) {
            seen << v.rule;
            QVERIFY(!v.message.isEmpty());
            QCOMPARE(v.deployment, d.name);
            if (v.rule == rule) {
                fired = true;
                QCOMPARE(v.field, QLatin1String(info->field));
                QCOMPARE(v.severity, info->severity);
            }
        }
        QVERIFY2(fired, qPrintable(rule + QLatin1String(" not among: ") + seen.join(QLatin1Char(','))));

        // The recipes refuse with the first error that needs no model read; warnings do not refuse.
        const QList<RuleViolation> errors = deployment::errorsOf(quick);
        if (!ds || errors.isEmpty())
            return;
        const auto plan = recipes::makeLaunchPlan(p, d.name, recipes::RecipeOptions {c.heads});
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(errors.first().message), qPrintable(plan.error().message));
    }

    // Together with everyRuleFires: every rule of the catalogue fires on a case built for it.
    void casesCoverTheCatalogue()
    {
        QSet<QString> exercised;
        for (const Case& c : cases())
            exercised.insert(QLatin1String(c.rule));
        const QStringList ids = deployment::ruleIds();
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size()); // unique
        QCOMPARE(exercised, QSet<QString>(ids.cbegin(), ids.cend()));
    }

    void sharedDeviceShownOnItsTiles()
    {
        ProjectData p = lab();
        p.deployments[p.deploymentIndex(QStringLiteral("qwen25-coder-32b"))].placement = {{a106, {2, 3, 4, 5}}};
        const deployment::RuleReport r = deployment::checkProject(p);
        QList<RuleViolation> here = r.at(a106, 3);
        here.removeIf([](const RuleViolation& v) { return v.rule != QLatin1String("device-shared"); });
        QCOMPARE(here.size(), 2); // each deployment says it of the other
        QStringList others;
        for (const RuleViolation& v : here)
            others << v.other;
        others.sort();
        QCOMPARE(others, (QStringList {QStringLiteral("qwen25-coder-32b"), QStringLiteral("qwen3-30b-a3b")}));
        for (const RuleViolation& v : r.at(a106, 6))
            QVERIFY(v.rule != QLatin1String("device-shared"));
        QCOMPARE(r.usesAt(a106, 3).size(), 2);
    }

    void usesCarryMemory()
    {
        const deployment::RuleReport r = deployment::checkProject(lab());
        const QList<deployment::NpuUse> u = r.usesAt(a106, 6);
        QCOMPARE(u.size(), 1);
        QCOMPARE(u.first().deployment, QStringLiteral("qwen25-coder-32b"));
        QVERIFY(u.first().estimated);
        // 32 GB 910B4 at TP4: ~16 GiB of weights and a KV cache filling the 0.9 cap.
        QVERIFY(u.first().weightBytes > 14.0 * 1024 * 1024 * 1024 && u.first().weightBytes < 17.0 * 1024 * 1024 * 1024);
        QVERIFY(u.first().kvBytes > 0);
        QVERIFY(u.first().usedBytes() < u.first().totalBytes);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
