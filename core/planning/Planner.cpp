// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/Planner.h"

#include <algorithm>
#include <cmath>

#include "core/planning/Ranking.h"
#include "core/planning/Units.h"
#include "core/util/InputLimits.h"

namespace npufleet::planning {

namespace {

// Rough figures for the simulator's pacing only (communicationCost): ~1.6 TB/s HBM; a small collective
// takes ~15 us over HCCS inside a node and ~60 us over RoCE between nodes.
constexpr double kHbmBytesPerUs = 1.6e6;
constexpr double kHccsCollectiveUs = 15.0;
constexpr double kRoceCollectiveUs = 60.0;

QList<int> divisors(int n)
{
    QList<int> out;
    for (int d = 1; d <= n; ++d) {
        if (n % d == 0)
            out << d;
    }
    return out;
}

} // namespace

Planner::Planner(const model::LoadedModel& model, const PlanOptions& options)
    : m_model(model)
    , m_options(options)
    , m_estimator(model, options)
    , m_performance(model, m_estimator.quant(), options)
{
}

QStringList Planner::layoutProblems(const Layout& layout) const
{
    const model::ModelSpec& s = m_model.spec;
    const int perNode = m_options.npusPerNode;
    QStringList problems;
    if (layout.tp < 1 || layout.pp < 1 || layout.dp < 1)
        return {tr("TP, PP and DP must be at least 1")};
    if (s.numHeads % layout.tp != 0)
        problems << tr("TP %1 does not divide the %2 attention heads").arg(layout.tp).arg(s.numHeads);
    if (!s.usesMla() && s.numKvHeads > 0 && s.numKvHeads % layout.tp != 0 && layout.tp % s.numKvHeads != 0)
        problems << tr("TP %1 and the %2 KV heads do not divide each other").arg(layout.tp).arg(s.numKvHeads);
    if (layout.pp > s.numLayers)
        problems << tr("PP %1 is more than the %2 layers").arg(layout.pp).arg(s.numLayers);
    if (layout.ep && !s.isMoe())
        problems << tr("expert parallel needs a mixture-of-experts model");
    if ((layout.tp <= perNode && perNode % layout.tp != 0) || (layout.tp > perNode && layout.tp % perNode != 0))
        problems << tr("TP %1 does not split evenly into nodes of %2 NPUs").arg(layout.tp).arg(perNode);
    if (m_estimator.quant().blockFp8) {
        // Block-quantized FP8 needs whole 128-wide blocks on every rank.
        const int moeRanks = layout.tp * layout.dp;
        if (s.isMoe() && !layout.ep && (s.moeIntermediateSize / moeRanks) % 128 != 0)
            problems << tr("FP8 weight blocks of 128 do not split over %1 ranks (use EP)").arg(moeRanks);
        if (s.countMoeLayers() < s.numLayers && (s.intermediateSize / layout.tp) % 128 != 0)
            problems << tr("FP8 weight blocks of 128 do not split over TP %1").arg(layout.tp);
    }
    return problems;
}

QList<Layout> Planner::candidateLayouts() const
{
    QList<Layout> out;
    const int total = m_options.totalNpus();
    const QList<int> tps = divisors(total);
    for (int tp : tps) {
        const QList<int> pps = divisors(total / tp);
        for (int pp : pps) {
            const int dp = total / tp / pp;
            for (int ep = 0; ep < (m_model.spec.isMoe() ? 2 : 1); ++ep) {
                const Layout layout {tp, pp, dp, ep == 1};
                if (layout.ep && tp * dp == 1)
                    continue; // one rank: EP changes nothing
                if (m_options.ep && !layout.ep)
                    continue;
                if (layoutProblems(layout).isEmpty())
                    out << layout;
            }
        }
    }
    return out;
}

double Planner::communicationCost(const Layout& layout) const
{
    // A rough decode step time in microseconds for a small batch: reading the active weights at
    // HBM speed (TP shares the reads, PP stages run one after the other) plus collective latencies.
    const model::ModelSpec& s = m_model.spec;
    const int perNode = m_options.npusPerNode;
    const double layers = s.numLayers;
    const double activeBytes = static_cast<double>(m_model.params.active) * m_estimator.modelWeightBytes()
        / qMax<double>(1.0, static_cast<double>(m_model.params.total));
    double us = activeBytes / layout.tp / kHbmBytesPerUs;
    if (layout.tp > 1) // two all-reduces per layer
        us += layers * 2.0 * (layout.tp > perNode ? kRoceCollectiveUs : kHccsCollectiveUs);
    if (layout.pp > 1) // one hand-over per stage boundary
        us += (layout.pp - 1) * (layout.tp * layout.pp > perNode ? kRoceCollectiveUs : kHccsCollectiveUs) / 2;
    const int group = layout.tp * layout.dp;
    if (s.isMoe() && layout.dp > 1) {
        // EP: all-to-all dispatch and combine; else the DP ranks' tokens are gathered and reduced.
        const double each = group > perNode ? kRoceCollectiveUs : kHccsCollectiveUs;
        us += s.countMoeLayers() * 2.0 * each * (layout.ep ? 1.5 : 1.0);
    }
    return us;
}

PlanResult Planner::evaluate(const Layout& layout) const
{
    const model::ModelSpec& s = m_model.spec;
    const int perNode = m_options.npusPerNode;
    PlanResult r;
    r.layout = layout;
    r.npus = layout.npus();
    r.nodes = (r.npus + perNode - 1) / perNode;
    r.memory = m_estimator.estimate(layout);
    r.communicationCost = communicationCost(layout);
    r.predicted = m_performance.predict(m_estimator, layout, r.memory);
    r.tpCrossesNodes = layout.tp > perNode;
    r.extraPipelineStages = layout.pp > (layout.tp * layout.pp + perNode - 1) / perNode; // nodes one DP group spans

    const QStringList problems = layoutProblems(layout);
    if (!problems.isEmpty()) {
        r.memory.fits = false;
        r.warnings << problems;
    }
    if (r.tpCrossesNodes) {
        r.warnings << tr("TP %1 spans %2 nodes: its all-reduce runs over RoCE, much slower than HCCS inside a node")
                          .arg(layout.tp)
                          .arg(layout.tp / perNode);
    }
    if (!s.usesMla() && s.numKvHeads > 0 && layout.tp > s.numKvHeads) {
        r.warnings << tr("%1 KV heads over TP %2: KV heads are replicated (each rank stores one)")
                          .arg(s.numKvHeads)
                          .arg(layout.tp);
    }
    const int epRanks = layout.tp * layout.dp;
    if (layout.ep && s.numExperts % epRanks != 0) {
        r.warnings << tr("%1 experts over %2 EP ranks: uneven, %3 on the fullest rank")
                          .arg(s.numExperts)
                          .arg(epRanks)
                          .arg((s.numExperts + epRanks - 1) / epRanks);
    }
    if (m_options.platform == Platform::Ascend && m_estimator.quant().scheme == model::QuantScheme::Fp8) {
        r.warnings << tr("Ascend NPUs have no FP8 weights support in vLLM-Ascend: use a BF16 or W8A8 "
                         "conversion (figures assume FP8)");
    }
    r.warnings << m_estimator.notes();
    r.warnings << s.warnings;
    if (!r.memory.fits && problems.isEmpty())
        r.warnings << tr("does not fit: %1 GiB short per NPU").arg(r.shortGib(), 0, 'f', 2);
    r.reason = reasonFor(r);
    return r;
}

QString Planner::reasonFor(const PlanResult& r) const
{
    if (!r.fits()) {
        if (r.memory.shortBytes <= 0)
            return tr("not accepted by the engine: %1").arg(r.warnings.value(0));
        return tr("does not fit: %1 GiB short per NPU (weights %2 GiB per NPU)")
            .arg(r.shortGib(), 0, 'f', 2)
            .arg(r.weightsGib(), 0, 'f', 2);
    }
    const int perNode = m_options.npusPerNode;
    QString link;
    if (r.layout.tp == 1)
        link = tr("no TP traffic");
    else if (r.tpCrossesNodes)
        link = tr("TP %1 across nodes over RoCE").arg(r.layout.tp);
    else
        link = tr("TP %1 inside one node over HCCS").arg(r.layout.tp);
    if (r.layout.pp > 1)
        link += tr(", PP %1 %2")
                    .arg(r.layout.pp)
                    .arg(r.layout.tp * r.layout.pp > perNode ? tr("across nodes") : tr("inside a node"));
    if (r.layout.ep)
        link += tr(", experts split over %1 EP ranks").arg(r.layout.tp * r.layout.dp);
    const QString groups = r.layout.dp > 1 ? tr(" per DP group, %1 groups").arg(r.layout.dp) : QString();
    QString reason = tr("fits: %1 KV tokens (%2x at %3)%4; %5")
                         .arg(groupedNumber(r.memory.kvTokens), QString::number(r.memory.maxConcurrency, 'f', 2),
                              groupedNumber(m_estimator.maxModelLen()), groups, link);
    if (r.predicted.valid) {
        const Prediction& p = r.predicted;
        reason += tr("; predicted %1 tok/s (%2 per user), TTFT %3 ms, TPOT %4 ms; limit: %5")
                      .arg(groupedNumber(qRound64(p.outputTokS)), QString::number(p.perUserTokS, 'f', 1),
                           QString::number(p.ttftMs, 'f', 0), QString::number(p.tpotMs, 'f', 1), p.limitText);
    }
    return reason;
}

Prediction Planner::predict(const PlanResult& result, const Workload& workload) const
{
    return m_performance.predict(m_estimator, result.layout, result.memory, workload);
}

ModelSummary Planner::summary() const
{
    ModelSummary m;
    m.name = m_model.spec.name;
    m.hubId = m_model.hubId;
    m.paramsTotal = m_model.params.total;
    m.paramsActive = m_model.params.active;
    m.paramsMtp = m_model.params.mtp;
    m.quant = model::quantSchemeKey(m_estimator.quant().scheme);
    m.bytesPerParam = m.paramsTotal > 0 ? m_estimator.modelWeightBytes() / static_cast<double>(m.paramsTotal) : 0;
    m.kvBytesPerToken = m_estimator.kvBytesPerToken(Layout {}, 0);
    m.maxModelLen = m_estimator.maxModelLen();
    m.warnings = m_model.spec.warnings + m_estimator.notes();
    if (m_performance.chipGuessed() && !m_options.chip.isEmpty())
        m.warnings
            << tr("unknown chip '%1': speeds are predicted for a %2").arg(m_options.chip, m_performance.chip().key);
    return m;
}

Result<PlanReport> Planner::run() const
{
    auto bad = [](const QString& message) {
        Error e;
        e.message = message;
        return e;
    };
    if (m_options.nodes < 1 || m_options.npusPerNode < 1)
        return bad(tr("the cluster needs at least one node with one NPU"));
    // Inside these ranges nodes x NPUs and every layout product fit an int: no overflow, no zero divisor.
    const auto outOfRange = [&](const QString& field, auto value, auto min, auto max) {
        return bad(tr("%1 must be from %2 to %3, not %4").arg(field).arg(min).arg(max).arg(value));
    };
    if (m_options.nodes > limits::kMaxNodes)
        return outOfRange(tr("the number of nodes"), m_options.nodes, 1, limits::kMaxNodes);
    if (m_options.npusPerNode > limits::kMaxNpusPerNode)
        return outOfRange(tr("the number of NPUs per node"), m_options.npusPerNode, 1, limits::kMaxNpusPerNode);
    if (!std::isfinite(m_options.hbmGib) || m_options.hbmGib <= 0 || m_options.hbmGib > limits::kMaxHbmGib)
        return outOfRange(tr("the HBM size in GiB"), m_options.hbmGib, 0, limits::kMaxHbmGib);
    if (m_options.maxModelLen > limits::kMaxModelLen || m_options.blockSize > limits::kMaxBlockSize)
        return bad(tr("the max model length must be at most %1 and the block size at most %2")
                       .arg(limits::kMaxModelLen)
                       .arg(limits::kMaxBlockSize));
    if (m_options.kvCacheMemoryGib && !std::isfinite(*m_options.kvCacheMemoryGib))
        return bad(tr("the KV cache memory must be a finite number"));
    if (!(m_options.gpuMemoryUtilization > 0 && m_options.gpuMemoryUtilization <= 1))
        return bad(tr("the memory utilization must be in (0, 1]"));
    if (m_options.blockSize < 0 || m_options.maxModelLen < 0)
        return bad(tr("block size and max model length cannot be negative"));
    if (m_options.kvCacheMemoryGib && *m_options.kvCacheMemoryGib <= 0)
        return bad(tr("the KV cache memory must be positive"));
    const Workload& w = m_options.workload;
    if (w.concurrency < 1 || w.concurrency > limits::kMaxConcurrency)
        return outOfRange(tr("the concurrency"), w.concurrency, 1, limits::kMaxConcurrency);
    if (w.inputLen < 1 || w.inputLen > limits::kMaxModelLen || w.outputLen < 1 || w.outputLen > limits::kMaxModelLen)
        return bad(tr("input and output lengths must be from 1 to %1 tokens").arg(limits::kMaxModelLen));
    if (w.maxNumSeqs < 1 || w.maxNumSeqs > limits::kMaxConcurrency)
        return outOfRange(tr("max-num-seqs"), w.maxNumSeqs, 1, limits::kMaxConcurrency);
    if (!std::isfinite(m_options.speedCorrection) || m_options.speedCorrection <= 0
        || m_options.speedCorrection > limits::kMaxSpeedCorrection)
        return outOfRange(tr("the speed correction"), m_options.speedCorrection, 0, limits::kMaxSpeedCorrection);

    PlanReport report;
    report.model = summary();
    report.options = m_options;
    report.chip = m_performance.chip().key;
    if (m_options.layoutGiven()) {
        const Layout layout {m_options.tp.value_or(1), m_options.pp.value_or(1), m_options.dp.value_or(1),
                             m_options.ep};
        if (layout.tp < 1 || layout.pp < 1 || layout.dp < 1)
            return bad(tr("TP, PP and DP must be at least 1"));
        // Each at most the cluster, so that their product is taken in 64 bits and compared.
        const qint64 wanted = qint64(layout.tp) * layout.pp * layout.dp;
        if (layout.tp > m_options.totalNpus() || layout.pp > m_options.totalNpus() || layout.dp > m_options.totalNpus()
            || wanted > m_options.totalNpus()) {
            return bad(tr("the layout TP %1 x PP %2 x DP %3 needs %4 NPUs; the cluster has %5")
                           .arg(layout.tp)
                           .arg(layout.pp)
                           .arg(layout.dp)
                           .arg(wanted)
                           .arg(m_options.totalNpus()));
        }
        report.plans << evaluate(layout);
        return report;
    }
    const QList<Layout> layouts = candidateLayouts();
    report.plans.reserve(layouts.size());
    for (const Layout& layout : layouts)
        report.plans << evaluate(layout);
    rankPlans(report.plans, m_options.objective, m_model.spec.isMoe());
    return report;
}

} // namespace npufleet::planning
