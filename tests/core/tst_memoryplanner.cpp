// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "core/model/ConfigReader.h"
#include "core/model/ModelLoader.h"
#include "core/planning/MemoryEstimator.h"
#include "core/planning/Planner.h"
#include "core/planning/Units.h"

#include "tests/support/Fixtures.h"

using namespace npufleet;
using namespace npufleet::planning;

// Rows of vllm-memory-logs.md: weights per device, KV tokens from the logged budget, and the seeds' deployments.
class TestMemoryPlanner : public QObject
{
    Q_OBJECT

private:
    static model::LoadedModel load(const QString& name)
    {
        Result<model::LoadedModel> m = model::ModelLoader::load(name);
        if (!m)
            qFatal("%s", qPrintable(m.error().toString()));
        return *m;
    }

    static PlanOptions options(const QString& platform, int blockSize, int maxModelLen)
    {
        PlanOptions o;
        o.platform = platform == QLatin1String("cuda") ? Platform::Cuda : Platform::Ascend;
        o.blockSize = blockSize;
        o.maxModelLen = maxModelLen;
        return o;
    }

private slots:
    void weightsPerDevice_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("quant");
        QTest::addColumn<int>("tp");
        QTest::addColumn<int>("pp");
        QTest::addColumn<double>("loggedGib");
        QTest::newRow("A1 Qwen3-0.6B") << "Qwen3-0.6B"
                                       << "auto" << 1 << 1 << 1.1397;
        QTest::newRow("G3 Llama-3.1-8B") << "Llama-3.1-8B-Instruct"
                                         << "auto" << 1 << 1 << 14.9888;
        QTest::newRow("G1 Qwen2.5-72B TP4") << "Qwen2.5-72B-Instruct"
                                            << "auto" << 4 << 1 << 33.98;
        QTest::newRow("A15 Qwen2.5-0.5B fp16") << "Qwen2.5-0.5B-Instruct"
                                               << "fp16" << 1 << 1 << 0.9299;
        QTest::newRow("G7 DeepSeek-V3 fp8 TP8 PP4") << "DeepSeek-V3"
                                                    << "auto" << 8 << 4 << 16.9583;
    }
    void weightsPerDevice()
    {
        QFETCH(QString, model);
        QFETCH(QString, quant);
        QFETCH(int, tp);
        QFETCH(int, pp);
        QFETCH(double, loggedGib);
        PlanOptions o;
        o.quant = *model::quantSchemeFromKey(quant);
        const MemoryEstimator estimator(load(model), o);
        // The logged figure is the driver's: rank 0 of the first PP stage.
        const double gib = estimator.weightBytes(Layout {tp, pp, 1, false}, 0) / kGiB;
        qInfo("%s: %.4f GiB vs logged %.4f (%+.2f%%)", qPrintable(model), gib, loggedGib, (gib / loggedGib - 1) * 100);
        QVERIFY(qAbs(gib / loggedGib - 1) < 0.05);
    }

    void kvTokensFromLoggedBudget_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<int>("tp");
        QTest::addColumn<int>("blockSize");
        QTest::addColumn<int>("maxModelLen");
        QTest::addColumn<int>("extraLayers");
        QTest::addColumn<double>("budgetBytes");
        QTest::addColumn<qint64>("loggedTokens");
        QTest::addColumn<double>("loggedConcurrency");
        QTest::newRow("A1") << "Qwen3-0.6B"
                            << "ascend" << 1 << 128 << 40960 << 0 << 54.98 * kGiB << 514688LL << 12.57;
        QTest::newRow("G1") << "Qwen2.5-72B-Instruct"
                            << "cuda" << 4 << 16 << 8192 << 0 << 5.11 * kGiB << 67024LL << 8.18;
        QTest::newRow("G18") << "Qwen3-0.6B"
                             << "cuda" << 1 << 16 << 16000 << 0 << 37.42 * kGiB << 350304LL << 21.89;
        QTest::newRow("A15") << "Qwen2.5-0.5B-Instruct"
                             << "ascend" << 1 << 128 << 32768 << 0 << 40178937036.0 << 3269760LL << 99.79;
        // A4: Llama-3.1-8B plus one EAGLE3 draft layer sharing the cache.
        QTest::newRow("A4") << "Llama-3.1-8B"
                            << "ascend" << 1 << 128 << 128 << 1 << 34184553369.0 << 252800LL << 1975.0;
    }
    void kvTokensFromLoggedBudget()
    {
        QFETCH(QString, model);
        QFETCH(QString, platform);
        QFETCH(int, tp);
        QFETCH(int, blockSize);
        QFETCH(int, maxModelLen);
        QFETCH(int, extraLayers);
        QFETCH(double, budgetBytes);
        QFETCH(qint64, loggedTokens);
        QFETCH(double, loggedConcurrency);
        PlanOptions o = options(platform, blockSize, maxModelLen);
        o.extraKvLayers = extraLayers;
        const MemoryEstimator estimator(load(model), o);
        const NpuMemory m = estimator.fromBudget(Layout {tp, 1, 1, false}, 0, budgetBytes);
        qInfo("%s: %lld tokens vs logged %lld (%+.3f%%), %.2fx vs %.2fx", qPrintable(model), m.kvTokens, loggedTokens,
              (double(m.kvTokens) / loggedTokens - 1) * 100, m.maxConcurrency, loggedConcurrency);
        QVERIFY(qAbs(double(m.kvTokens) / loggedTokens - 1) < 0.02);
        QCOMPARE(m.kvTokens % blockSize, 0);
        QVERIFY(qAbs(m.maxConcurrency / loggedConcurrency - 1) < 0.02);
    }

    // A1 again, the budget estimated from the device total (61.27 GiB) and utilization 0.92.
    void kvTokensEstimatedA1()
    {
        PlanOptions o = options(QStringLiteral("ascend"), 128, 40960);
        o.hbmGib = 61.27;
        o.gpuMemoryUtilization = 0.92;
        const MemoryEstimator estimator(load(QStringLiteral("Qwen3-0.6B")), o);
        const NpuMemory m = estimator.estimate(Layout {});
        qInfo("A1 estimated: %lld tokens vs logged 514688 (%+.2f%%); activation %.3f GiB, non-torch %.3f, graph %.3f",
              m.kvTokens, (m.kvTokens / 514688.0 - 1) * 100, m.activationBytes / kGiB, m.nonTorchBytes / kGiB,
              m.graphBytes / kGiB);
        QVERIFY(qAbs(m.kvTokens / 514688.0 - 1) < 0.15);
        QVERIFY(m.fits);
    }

    void kvBytesPerToken()
    {
        const PlanOptions o;
        const MemoryEstimator deepseek(load(QStringLiteral("DeepSeek-R1-0528")), o);
        QCOMPARE(deepseek.kvBytesPerToken(Layout {}, 0), 70272.0); // (512 + 64) x 61 x 2
        QCOMPARE(deepseek.kvBytesPerToken(Layout {8, 1, 1, false}, 0), 70272.0); // MLA: not split by TP
        const MemoryEstimator qwen(load(QStringLiteral("Qwen3-235B-A22B")), o);
        QCOMPARE(qwen.kvBytesPerToken(Layout {4, 1, 1, false}, 0), 2.0 * 94 * 1 * 128 * 2);
        QCOMPARE(qwen.kvBytesPerToken(Layout {8, 1, 1, false}, 0), 2.0 * 94 * 1 * 128 * 2); // 4 KV heads: replicated
        QCOMPARE(qwen.kvBytesPerToken(Layout {8, 2, 1, false}, 0), 2.0 * 47 * 1 * 128 * 2);
        PlanOptions fp8 = o;
        fp8.kvCacheDtype = KvCacheDtype::Fp8;
        QCOMPARE(MemoryEstimator(load(QStringLiteral("Qwen3-8B")), fp8).kvBytesPerToken(Layout {}, 0),
                 2.0 * 36 * 8 * 128);
    }

    void pipelineStages()
    {
        QCOMPARE(MemoryEstimator::stageLayerCounts(61, 4), (QList<int> {15, 15, 16, 15}));
        QCOMPARE(MemoryEstimator::stageLayerCounts(94, 2), (QList<int> {47, 47}));
        QCOMPARE(MemoryEstimator::stageLayerCounts(10, 4), (QList<int> {2, 3, 3, 2}));
    }

    void expertParallelSplitsExperts()
    {
        const model::LoadedModel m = load(QStringLiteral("DeepSeek-R1-0528-W8A8"));
        const MemoryEstimator e(m, PlanOptions {});
        const double tpOnly = e.weightBytes(Layout {8, 1, 1, false}, 0);
        const double dpNoEp = e.weightBytes(Layout {8, 1, 2, false}, 0); // experts sliced over DP x TP
        const double dpEp = e.weightBytes(Layout {8, 1, 2, true}, 0);
        QVERIFY(dpEp < tpOnly * 0.6);
        QVERIFY(qAbs(dpEp / dpNoEp - 1) < 0.01);
        // W8A8: about one byte per parameter overall (embedding, head, norms, router stay bf16).
        QVERIFY(e.modelWeightBytes() / m.params.total > 1.0);
        QVERIFY(e.modelWeightBytes() / m.params.total < 1.02);
    }

    void weightFilesWin()
    {
        // An index whose total_size is 10 % above the estimate (MTP tensors present, taken out first).
        model::LoadedModel m = load(QStringLiteral("DeepSeek-R1-0528-W8A8"));
        const MemoryEstimator plain(m, PlanOptions {});
        m.files.found = true;
        m.files.hasMtpTensors = true;
        const double mtp
            = m.params.mtp * 1.0 + 2.0 * m.spec.vocabSize * m.spec.hiddenSize * 2; // int8 layer, bf16 copies
        m.files.totalBytes = plain.modelWeightBytes() * 1.1 + mtp;
        const MemoryEstimator scaled(m, PlanOptions {});
        QVERIFY(qAbs(scaled.modelWeightBytes() / plain.modelWeightBytes() - 1.1) < 0.01);
        QVERIFY(
            qAbs(scaled.weightBytes(Layout {8, 1, 1, false}, 0) / plain.weightBytes(Layout {8, 1, 1, false}, 0) - 1.1)
            < 0.01);
        QVERIFY(!scaled.notes().isEmpty()); // more than 5 % off the estimate is worth saying
        // A --quant that differs from the checkpoint ignores the files.
        PlanOptions bf16;
        bf16.quant = model::QuantScheme::Bf16;
        QVERIFY(MemoryEstimator(m, bf16).modelWeightBytes() > 1.9 * plain.modelWeightBytes());
    }

    void mtpLoadedOnLastStage()
    {
        const model::LoadedModel m = load(QStringLiteral("DeepSeek-R1-0528-W8A8"));
        PlanOptions withMtp;
        withMtp.loadMtp = true;
        const MemoryEstimator off(m, PlanOptions {});
        const MemoryEstimator on(m, withMtp);
        const Layout layout {8, 2, 1, false};
        QCOMPARE(on.weightBytes(layout, 0), off.weightBytes(layout, 0));
        QVERIFY(on.weightBytes(layout, 1) > off.weightBytes(layout, 1) + 1.0 * kGiB);
        QCOMPARE(on.kvBytesPerToken(layout, 1), off.kvBytesPerToken(layout, 1) + 576 * 2);
    }

    void kvCacheMemoryGiven()
    {
        PlanOptions o;
        o.hbmGib = 64;
        o.kvCacheMemoryGib = 10;
        const MemoryEstimator e(load(QStringLiteral("Qwen3-32B")), o);
        const NpuMemory m = e.estimate(Layout {4, 1, 1, false});
        QCOMPARE(m.kvBudgetBytes, 10 * kGiB);
        QCOMPARE(m.kvTokens, qint64(std::floor(10 * kGiB / (2.0 * 64 * 2 * 128 * 2 * 128))) * 128);
        QVERIFY(m.fits);
        o.kvCacheMemoryGib = 60; // more than the device holds next to the weights
        const NpuMemory over = MemoryEstimator(load(QStringLiteral("Qwen3-32B")), o).estimate(Layout {4, 1, 1, false});
        QVERIFY(!over.fits);
        QVERIFY(over.shortBytes > 10 * kGiB);
    }

    // The seeds' deployments fit (HBM as given, util 0.9, default max-model-len).
    void seedsFit_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("perNode");
        QTest::addColumn<double>("hbm");
        QTest::addColumn<int>("tp");
        QTest::addColumn<int>("pp");
        QTest::addColumn<int>("dp");
        QTest::addColumn<bool>("ep");
        QTest::newRow("Qwen3-30B-A3B TP4 910B4") << "Qwen3-30B-A3B" << 1 << 4 << 32.0 << 4 << 1 << 1 << false;
        QTest::newRow("Qwen3-30B-A3B TP4+EP 910B4") << "Qwen3-30B-A3B" << 1 << 4 << 32.0 << 4 << 1 << 1 << true;
        QTest::newRow("Coder-32B TP4 910B4") << "Qwen2.5-Coder-32B-Instruct" << 1 << 4 << 32.0 << 4 << 1 << 1 << false;
        QTest::newRow("R1-0528-W8A8 DP2xTP8+EP") << "DeepSeek-R1-0528-W8A8" << 2 << 8 << 64.0 << 8 << 1 << 2 << true;
        QTest::newRow("Qwen3-235B TP8xPP2") << "Qwen3-235B-A22B" << 2 << 8 << 64.0 << 8 << 2 << 1 << false;
        QTest::newRow("Qwen3-235B TP16") << "Qwen3-235B-A22B" << 2 << 8 << 64.0 << 16 << 1 << 1 << false;
    }
    void seedsFit()
    {
        QFETCH(QString, model);
        QFETCH(int, nodes);
        QFETCH(int, perNode);
        QFETCH(double, hbm);
        QFETCH(int, tp);
        QFETCH(int, pp);
        QFETCH(int, dp);
        QFETCH(bool, ep);
        PlanOptions o;
        o.nodes = nodes;
        o.npusPerNode = perNode;
        o.hbmGib = hbm;
        o.tp = tp;
        o.pp = pp;
        o.dp = dp;
        o.ep = ep;
        const Result<PlanReport> report = Planner(load(model), o).run();
        QVERIFY(report.hasValue());
        QCOMPARE(report->plans.size(), 1);
        const PlanResult& p = report->plans.first();
        qInfo("%s: weights %.2f GiB, KV %.2f GiB, %lld tokens, %.2fx at %d", qPrintable(model), p.weightsGib(),
              p.kvCacheGib(), p.memory.kvTokens, p.memory.maxConcurrency, report->model.maxModelLen);
        QVERIFY2(p.fits(), qPrintable(p.reason));
        QCOMPARE(report->model.maxModelLen, 32768);
    }

    void cannotFitSaysByHowMuch()
    {
        PlanOptions o;
        o.nodes = 1;
        o.npusPerNode = 8;
        o.hbmGib = 64;
        o.quant = model::QuantScheme::Bf16;
        const Result<PlanReport> report = Planner(load(QStringLiteral("DeepSeek-R1-0528")), o).run();
        QVERIFY(report.hasValue());
        QVERIFY(!report->plans.isEmpty());
        QVERIFY(!report->anyFits());
        const PlanResult& best = report->plans.first();
        // 671 B parameters in bf16 over 8 NPUs: ~156 GiB each, ~100 GiB short.
        QVERIFY2(best.shortGib() > 80 && best.shortGib() < 120, qPrintable(best.reason));
        QVERIFY(best.reason.contains(QStringLiteral("GiB short per NPU")));
        QVERIFY(best.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("short")));
    }
};

QTEST_GUILESS_MAIN(TestMemoryPlanner)
#include "tst_memoryplanner.moc"
