// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include "core/model/ModelLoader.h"
#include "core/planning/PlanFormatter.h"
#include "core/planning/Planner.h"

using namespace npufleet;
using namespace npufleet::planning;

class TestLayouts : public QObject
{
    Q_OBJECT

private:
    static model::LoadedModel load(const QString& name) { return *model::ModelLoader::load(name); }

    static PlanOptions cluster(int nodes, int perNode, double hbm)
    {
        PlanOptions o;
        o.nodes = nodes;
        o.npusPerNode = perNode;
        o.hbmGib = hbm;
        return o;
    }

private slots:
    void everyLayoutIsValid_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("perNode");
        QTest::newRow("Llama-70B 64x8") << "Llama-3.1-70B" << 64 << 8;
        QTest::newRow("DeepSeek-V3 64x8") << "DeepSeek-V3" << 64 << 8;
        QTest::newRow("Qwen3-235B 2x8") << "Qwen3-235B-A22B" << 2 << 8;
        QTest::newRow("Qwen2.5-7B 3x8") << "Qwen2.5-7B-Instruct" << 3 << 8;
    }
    void everyLayoutIsValid()
    {
        QFETCH(QString, model);
        QFETCH(int, nodes);
        QFETCH(int, perNode);
        const model::LoadedModel m = load(model);
        const Planner planner(m, cluster(nodes, perNode, 64));
        const QList<Layout> layouts = planner.candidateLayouts();
        QVERIFY(!layouts.isEmpty());
        for (const Layout& l : layouts) {
            QCOMPARE(l.npus(), nodes * perNode);
            QCOMPARE(m.spec.numHeads % l.tp, 0);
            QVERIFY(l.pp <= m.spec.numLayers);
            QVERIFY(l.tp <= perNode ? perNode % l.tp == 0 : l.tp % perNode == 0);
            QVERIFY(!l.ep || m.spec.isMoe());
        }
        // TP = NPUs per node, PP = nodes is one candidate among all.
        if (m.spec.numHeads % perNode == 0 && nodes <= m.spec.numLayers)
            QVERIFY(layouts.contains(Layout {perNode, nodes, 1, false}));
        // No duplicates.
        for (int i = 0; i < layouts.size(); ++i)
            QCOMPARE(layouts.lastIndexOf(layouts[i]), i);
    }

    void moeGetsEpVariants()
    {
        const Planner planner(load(QStringLiteral("Qwen3-30B-A3B")), cluster(1, 8, 64));
        const QList<Layout> layouts = planner.candidateLayouts();
        QVERIFY(layouts.contains(Layout {4, 1, 2, true}));
        QVERIFY(layouts.contains(Layout {4, 1, 2, false}));
        QVERIFY(!layouts.contains(Layout {1, 8, 1, true})); // one rank per stage: EP would change nothing
        PlanOptions epOnly = cluster(1, 8, 64);
        epOnly.ep = true;
        const QList<Layout> ep = Planner(load(QStringLiteral("Qwen3-30B-A3B")), epOnly).candidateLayouts();
        for (const Layout& l : ep)
            QVERIFY(l.ep);
    }

    void rankingFitsFirst()
    {
        // Llama-3.1-70B on 2 x 8 x 32 GiB: small TP x PP cannot hold it, the rest can.
        const Result<PlanReport> report = Planner(load(QStringLiteral("Llama-3.1-70B")), cluster(2, 8, 32)).run();
        QVERIFY(report.hasValue());
        QVERIFY(report->anyFits());
        bool seenMiss = false;
        for (const PlanResult& p : report->plans) {
            if (!p.fits())
                seenMiss = true;
            QVERIFY2(!(seenMiss && p.fits()), "a fitting layout ranks after one that does not fit");
            QVERIFY(!p.reason.isEmpty());
            QVERIFY(!p.reason.contains(QLatin1Char('\n')));
        }
        QVERIFY(seenMiss);
        // Within-node TP ranks before cross-node TP among fitting layouts.
        const PlanResult& best = report->plans.first();
        QVERIFY(best.layout.tp <= 8);
    }

    void crossNodeTpWarns()
    {
        PlanOptions o = cluster(2, 8, 64);
        o.tp = 16;
        const Result<PlanReport> report = Planner(load(QStringLiteral("Qwen3-235B-A22B")), o).run();
        QVERIFY(report.hasValue());
        const PlanResult& p = report->plans.first();
        QVERIFY(p.tpCrossesNodes);
        QVERIFY(p.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("RoCE")));
        QVERIFY(p.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("replicated")));
    }

    void givenLayoutProblems()
    {
        PlanOptions o = cluster(1, 8, 64);
        o.tp = 3; // 64 heads
        const Result<PlanReport> bad = Planner(load(QStringLiteral("Qwen3-32B")), o).run();
        QVERIFY(bad.hasValue());
        QVERIFY(!bad->plans.first().fits());
        QVERIFY(bad->plans.first().warnings.first().contains(QStringLiteral("attention heads")));

        o.tp = 8;
        o.dp = 2; // 16 NPUs on an 8-NPU cluster
        const Result<PlanReport> tooBig = Planner(load(QStringLiteral("Qwen3-32B")), o).run();
        QVERIFY(!tooBig.hasValue());
        QVERIFY(tooBig.error().message.contains(QStringLiteral("16 NPUs")));
    }

    void jsonFields()
    {
        const Result<PlanReport> report = Planner(load(QStringLiteral("DeepSeek-R1-0528")), cluster(2, 8, 64)).run();
        QVERIFY(report.hasValue());
        const QJsonObject json = PlanFormatter::toJson(*report);
        const QJsonObject model = json.value(QStringLiteral("model")).toObject();
        for (const char* key :
             {"name", "params_total", "params_active", "params_mtp", "quant", "bytes_per_param", "kv_bytes_per_token"})
            QVERIFY2(model.contains(QLatin1String(key)), key);
        QCOMPARE(model.value(QStringLiteral("kv_bytes_per_token")).toDouble(), 70272.0);
        QCOMPARE(model.value(QStringLiteral("quant")).toString(), QStringLiteral("fp8"));
        const QJsonArray plans = json.value(QStringLiteral("plans")).toArray();
        QCOMPARE(plans.size(), report->plans.size());
        for (const QJsonValue& v : plans) {
            const QJsonObject p = v.toObject();
            for (const char* key : {"tp", "pp", "dp", "ep", "npus", "nodes", "weights_gib_per_npu",
                                    "kv_cache_gib_per_npu", "kv_cache_tokens", "max_concurrency", "fits", "warnings"})
                QVERIFY2(p.contains(QLatin1String(key)), key);
            QVERIFY(p.value(QStringLiteral("ep")).isBool());
            QVERIFY(p.value(QStringLiteral("warnings")).isArray());
        }
        // FP8 on Ascend is flagged.
        QVERIFY(report->plans.first().warnings.join(QLatin1Char(' ')).contains(QStringLiteral("FP8")));
        const QString table = PlanFormatter::toTable(*report, 5);
        QVERIFY(table.contains(QStringLiteral("DeepSeek-R1-0528")));
        QVERIFY(table.contains(QStringLiteral("more layouts")));
    }
};

QTEST_GUILESS_MAIN(TestLayouts)
#include "tst_layouts.moc"
