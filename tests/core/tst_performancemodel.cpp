// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The performance model: monotone in bandwidth and concurrency, the limiting factor on constructed cases,
// and the layouts of vLLM-Ascend's tutorials first under --objective throughput.
#include <QtTest>

#include "core/model/ModelLoader.h"
#include "core/planning/PerformanceModel.h"
#include "core/planning/Planner.h"

using namespace npufleet;
using namespace npufleet::planning;

Q_DECLARE_METATYPE(npufleet::project::Layout)
Q_DECLARE_METATYPE(npufleet::planning::Workload)

namespace {

// A 64 GB 910B as the runtime reports it (docs/planner.md).
constexpr double kA2Gib = 61.27;

model::LoadedModel load(const QString& name)
{
    return *model::ModelLoader::load(name);
}

PlanOptions cluster(int nodes, int perNode, double hbm = kA2Gib)
{
    PlanOptions o;
    o.nodes = nodes;
    o.npusPerNode = perNode;
    o.hbmGib = hbm;
    return o;
}

Prediction predict(const model::LoadedModel& m, PlanOptions o, const Layout& layout, const ChipSpec& chip)
{
    o.tp = layout.tp;
    o.pp = layout.pp;
    o.dp = layout.dp;
    o.ep = layout.ep;
    const MemoryEstimator estimator(m, o);
    const PerformanceModel model(m, estimator.quant(), o, chip);
    return model.predict(estimator, layout, estimator.estimate(layout));
}

Prediction predictOne(const QString& name, PlanOptions o, const Layout& layout)
{
    o.tp = layout.tp;
    o.pp = layout.pp;
    o.dp = layout.dp;
    o.ep = layout.ep;
    const Result<PlanReport> report = Planner(load(name), o).run();
    return report->plans.first().predicted;
}

QString layoutName(const Layout& l)
{
    return QStringLiteral("TP%1 PP%2 DP%3%4")
        .arg(l.tp)
        .arg(l.pp)
        .arg(l.dp)
        .arg(l.ep ? QStringLiteral(" EP") : QString());
}

} // namespace

class TestPerformanceModel : public QObject
{
    Q_OBJECT

private slots:
    void moreBandwidthNeverSlower_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<Layout>("layout");
        QTest::addColumn<int>("concurrency");
        QTest::newRow("Qwen3-8B TP1") << "Qwen3-8B" << 1 << Layout {1, 1, 1, false} << 64;
        QTest::newRow("Llama-70B TP8") << "Llama-3.1-70B" << 1 << Layout {8, 1, 1, false} << 8;
        QTest::newRow("Llama-70B TP16 cross-node") << "Llama-3.1-70B" << 2 << Layout {16, 1, 1, false} << 64;
        QTest::newRow("Qwen3-30B DP2 TP4 EP") << "Qwen3-30B-A3B" << 1 << Layout {4, 1, 2, true} << 128;
        QTest::newRow("Qwen3-235B PP2 TP8") << "Qwen3-235B-A22B" << 2 << Layout {8, 2, 1, false} << 32;
        QTest::newRow("DeepSeek-V3 DP2 TP8 EP") << "DeepSeek-V3" << 4 << Layout {8, 1, 4, true} << 256;
    }
    void moreBandwidthNeverSlower()
    {
        QFETCH(QString, model);
        QFETCH(int, nodes);
        QFETCH(Layout, layout);
        QFETCH(int, concurrency);
        const model::LoadedModel m = load(model);
        PlanOptions o = cluster(nodes, 8);
        o.workload.concurrency = concurrency;
        const ChipSpec base = *findChip(QStringLiteral("910B3"));
        const Prediction before = predict(m, o, layout, base);
        QVERIFY(before.valid);
        // Each bandwidth (and the compute) doubled on its own: never slower, never later.
        for (int which = 0; which < 4; ++which) {
            ChipSpec faster = base;
            (which == 0       ? faster.memoryBytesPerS
                 : which == 1 ? faster.intraBytesPerS
                 : which == 2 ? faster.interBytesPerS
                              : faster.dense16FlopsPerS)
                *= 2.0;
            const Prediction after = predict(m, o, layout, faster);
            QVERIFY2(after.outputTokS >= before.outputTokS * 0.9999, qPrintable(QString::number(which)));
            QVERIFY(after.tpotMs <= before.tpotMs * 1.0001);
            QVERIFY(after.ttftMs <= before.ttftMs * 1.0001);
        }
    }

    void moreConcurrencyNeverLowersThroughput_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<Layout>("layout");
        QTest::newRow("Qwen3-8B TP1") << "Qwen3-8B" << 1 << Layout {1, 1, 1, false};
        QTest::newRow("Qwen3-32B TP4 DP2") << "Qwen3-32B" << 1 << Layout {4, 1, 2, false};
        QTest::newRow("Qwen3-32B PP4 TP2") << "Qwen3-32B" << 1 << Layout {2, 4, 1, false};
        QTest::newRow("Qwen3-30B TP4 EP") << "Qwen3-30B-A3B" << 1 << Layout {4, 1, 1, true};
        QTest::newRow("Qwen3-30B TP2 DP4 EP") << "Qwen3-30B-A3B" << 1 << Layout {2, 1, 4, true};
        QTest::newRow("DeepSeek-R1 W8A8 DP2 TP8 EP") << "DeepSeek-R1-0528-W8A8" << 2 << Layout {8, 1, 2, true};
    }
    void moreConcurrencyNeverLowersThroughput()
    {
        QFETCH(QString, model);
        QFETCH(int, nodes);
        QFETCH(Layout, layout);
        const model::LoadedModel m = load(model);
        PlanOptions o = cluster(nodes, 8);
        o.maxModelLen = 8192;
        o.workload.inputLen = 1024;
        o.workload.outputLen = 256;
        const ChipSpec chip = *findChip(QStringLiteral("910B3"));
        double previous = 0;
        int checked = 0;
        for (int c = 1; c <= 4096; c = c < 16 ? c + 1 : c * 5 / 4) {
            o.workload.concurrency = c;
            const Prediction p = predict(m, o, layout, chip);
            QVERIFY(p.valid);
            if (p.limit == Limit::KvCapacity || p.limit == Limit::MaxNumSeqs)
                break; // past the KV limit more users only queue
            QVERIFY2(p.outputTokS >= previous * 0.999,
                     qPrintable(QStringLiteral("%1 users: %2 < %3").arg(c).arg(p.outputTokS).arg(previous)));
            previous = p.outputTokS;
            ++checked;
        }
        QVERIFY(checked > 10);
    }

    void limitingFactor_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("chip");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<Layout>("layout");
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<int>("input");
        QTest::addColumn<int>("output");
        QTest::addColumn<int>("maxNumSeqs");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("words");
        // 30K-token prompts: the KV cache of TP8 holds 50 of them, 512 users wait.
        QTest::newRow("KV capacity") << "Qwen3-32B"
                                     << "910B3" << 1 << Layout {8, 1, 1, false} << 512 << 30000 << 500 << 256
                                     << int(Limit::KvCapacity) << "KV capacity caps batch at 50";
        QTest::newRow("max-num-seqs") << "Qwen3-8B"
                                      << "910B3" << 1 << Layout {1, 1, 8, false} << 512 << 1000 << 200 << 8
                                      << int(Limit::MaxNumSeqs) << "max-num-seqs caps batch at 8";
        // One user on a dense 70B: every step reads the weights.
        QTest::newRow("weights") << "Llama-3.1-70B"
                                 << "910B3" << 1 << Layout {8, 1, 1, false} << 1 << 1000 << 200 << 256
                                 << int(Limit::Weights) << "HBM bandwidth (weights)";
        QTest::newRow("KV read") << "Qwen3-8B"
                                 << "910B3" << 1 << Layout {8, 1, 1, false} << 64 << 16000 << 4000 << 256
                                 << int(Limit::KvRead) << "HBM bandwidth (KV cache)";
        // The H20's FLOPs are low for its bandwidth: a large batch is compute-bound.
        QTest::newRow("compute") << "Llama-3.1-8B"
                                 << "H20" << 1 << Layout {1, 1, 1, false} << 256 << 64 << 1000 << 256
                                 << int(Limit::Compute) << "compute";
        QTest::newRow("pipeline bubbles") << "Qwen3-32B"
                                          << "910B3" << 1 << Layout {1, 8, 1, false} << 1 << 1000 << 200 << 256
                                          << int(Limit::PipelineBubble) << "1 requests for 8 stages";
        QTest::newRow("cross-node TP") << "Llama-3.1-70B"
                                       << "910B3" << 2 << Layout {16, 1, 1, false} << 64 << 200 << 2000 << 256
                                       << int(Limit::TpCrossNode) << "cross-node TP all-reduce";
        QTest::newRow("prefill stalls") << "DeepSeek-V3"
                                        << "910B3" << 4 << Layout {1, 1, 32, true} << 1024 << 1000 << 200 << 256
                                        << int(Limit::PrefillStall) << "every DP rank";
    }
    void limitingFactor()
    {
        QFETCH(QString, model);
        QFETCH(QString, chip);
        QFETCH(int, nodes);
        QFETCH(Layout, layout);
        QFETCH(int, concurrency);
        QFETCH(int, input);
        QFETCH(int, output);
        QFETCH(int, maxNumSeqs);
        QFETCH(int, limit);
        QFETCH(QString, words);
        PlanOptions o = cluster(nodes, 8, findChip(chip)->hbmGib > 64 ? 90 : kA2Gib);
        o.chip = chip;
        o.maxModelLen = 32768;
        o.workload = Workload {concurrency, input, output, maxNumSeqs};
        const Prediction p = predictOne(model, o, layout);
        QVERIFY(p.valid);
        QVERIFY2(int(p.limit) == limit, qPrintable(p.limitText));
        QVERIFY2(p.limitText.contains(words), qPrintable(p.limitText));
    }

    // vLLM-Ascend's tutorials (docs/source/tutorials/, see docs/planner.md): at each tutorial's settings
    // its layout ranks first by throughput.
    void tutorialLayoutRanksFirst_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("quant");
        QTest::addColumn<QString>("chip");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("perNode");
        QTest::addColumn<int>("maxModelLen");
        QTest::addColumn<double>("utilization");
        QTest::addColumn<Workload>("workload");
        QTest::addColumn<bool>("mtp");
        QTest::addColumn<Layout>("expected");
        // DeepSeek-R1.md / multi_node.md: 2 x Atlas 800 A2, --dp 4 --tp 4 --enable-expert-parallel,
        // --max-num-seqs 16, --max-model-len 16384, 3.5K in / 1.5K out.
        QTest::newRow("DeepSeek-R1 W8A8, 2 x A2")
            << "DeepSeek-R1-0528-W8A8"
            << ""
            << "910B3" << 2 << 8 << 16384 << 0.92 << Workload {64, 3500, 1500, 16} << true << Layout {4, 1, 4, true};
        // The same on one Atlas 800 A3 (16 dies).
        QTest::newRow("DeepSeek-R1 W8A8, 1 x A3")
            << "DeepSeek-R1-0528-W8A8"
            << ""
            << "A3" << 1 << 16 << 16384 << 0.92 << Workload {64, 3500, 1500, 16} << true << Layout {4, 1, 4, true};
        // Qwen3-235B-A22B.md 5.1: one Atlas 800I A2, --tp 8 --enable-expert-parallel, --max-num-seqs 32.
        QTest::newRow("Qwen3-235B-A22B W8A8, 1 x A2")
            << "Qwen3-235B-A22B"
            << "w8a8"
            << "910B3" << 1 << 8 << 131072 << 0.95 << Workload {32, 3500, 1500, 32} << false << Layout {8, 1, 1, true};
        // Qwen3-235B-A22B.md 9.1 "High Throughput": one A3, --tp 4 --dp 4 --enable-expert-parallel.
        QTest::newRow("Qwen3-235B-A22B W8A8, 1 x A3")
            << "Qwen3-235B-A22B"
            << "w8a8"
            << "A3" << 1 << 16 << 32768 << 0.9 << Workload {512, 3500, 1500, 128} << false << Layout {4, 1, 4, true};
        // Qwen3-30B-A3B.md 5.1: four A2 NPUs, --tp 4 --enable-expert-parallel, --max-num-seqs 100.
        QTest::newRow("Qwen3-30B-A3B, 4 x A2 NPUs")
            << "Qwen3-30B-A3B"
            << ""
            << "910B3" << 1 << 4 << 40960 << 0.95 << Workload {100, 3500, 1500, 100} << false << Layout {4, 1, 1, true};
        // The published two-node run (docs/planner.md, M1): DP2 x TP8 + EP.
        QTest::newRow("DeepSeek-R1 W8A8, 2 x A2, ShareGPT at 256")
            << "DeepSeek-R1-0528-W8A8"
            << ""
            << "910B3" << 2 << 8 << 8192 << 0.9 << Workload {256, 217, 202, 256} << true << Layout {8, 1, 2, true};
    }
    void tutorialLayoutRanksFirst()
    {
        QFETCH(QString, model);
        QFETCH(QString, quant);
        QFETCH(QString, chip);
        QFETCH(int, nodes);
        QFETCH(int, perNode);
        QFETCH(int, maxModelLen);
        QFETCH(double, utilization);
        QFETCH(Workload, workload);
        QFETCH(bool, mtp);
        QFETCH(Layout, expected);
        PlanOptions o = cluster(nodes, perNode);
        o.chip = chip;
        o.maxModelLen = maxModelLen;
        o.gpuMemoryUtilization = utilization;
        o.workload = workload;
        o.loadMtp = mtp;
        o.objective = Objective::Throughput;
        if (!quant.isEmpty())
            o.quant = *model::quantSchemeFromKey(quant);
        const Result<PlanReport> report = Planner(load(model), o).run();
        QVERIFY(report.hasValue());
        QStringList top;
        for (qsizetype i = 0; i < qMin<qsizetype>(4, report->plans.size()); ++i)
            top << layoutName(report->plans.at(i).layout) + QStringLiteral(" ")
                    + QString::number(report->plans.at(i).predicted.outputTokS, 'f', 0);
        QVERIFY2(report->plans.first().layout == expected, qPrintable(top.join(QStringLiteral(", "))));
    }

    // No more TP8 x PP64 for Qwen3-235B on 64 nodes (the old heuristic's pick).
    void noDeepPipelinesOnLargeClusters()
    {
        const Result<PlanReport> report = Planner(load(QStringLiteral("Qwen3-235B-A22B")), cluster(64, 8)).run();
        QVERIFY(report.hasValue());
        const PlanResult& best = report->plans.first();
        QVERIFY2(best.layout.pp <= 2, qPrintable(layoutName(best.layout)));
        QVERIFY(best.layout.tp <= 8);
    }

    void objectivesDiffer()
    {
        // Latency favours the widest TP; throughput at many users does not have to.
        PlanOptions o = cluster(1, 8);
        o.workload = Workload {256, 1024, 256, 256};
        o.objective = Objective::Latency;
        const Result<PlanReport> latency = Planner(load(QStringLiteral("Qwen3-8B")), o).run();
        o.objective = Objective::Throughput;
        const Result<PlanReport> throughput = Planner(load(QStringLiteral("Qwen3-8B")), o).run();
        QVERIFY(latency.hasValue() && throughput.hasValue());
        const Prediction& l = latency->plans.first().predicted;
        const Prediction& t = throughput->plans.first().predicted;
        QVERIFY(l.e2eMs <= t.e2eMs);
        QVERIFY(t.outputTokS >= l.outputTokS);
    }
};

QTEST_GUILESS_MAIN(TestPerformanceModel)
#include "tst_performancemodel.moc"
