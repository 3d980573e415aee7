// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/PerformanceModel.h"

#include <algorithm>
#include <cmath>

#include "core/planning/PerformanceConstants.h"

namespace npufleet::planning {

using namespace perf;

namespace {
int ranksOf(const Layout& layout)
{
    return layout.tp * layout.dp;
}
} // namespace

double StepTime::totalUs() const
{
    // Roofline: memory and compute overlap, and so does the MoE dispatch/combine (fused with the expert
    // matmuls, vLLM-Ascend's MC2); TP and PP collectives sit on the critical path, launches add.
    return std::max({memoryUs(), computeUs, epUs}) + tpUs + ppUs + overheadUs;
}

PerformanceModel::PerformanceModel(const model::LoadedModel& model,
                                   const model::QuantSpec& quant,
                                   const PlanOptions& options)
    : m_spec(model.spec)
    , m_params(model.params)
    , m_quant(quant)
    , m_options(options)
{
    const ChipSpec* named = findChip(options.chip);
    m_chipGuessed = named == nullptr;
    setChip(named ? *named : defaultChip(options.platform, options.hbmGib));
}

PerformanceModel::PerformanceModel(const model::LoadedModel& model,
                                   const model::QuantSpec& quant,
                                   const PlanOptions& options,
                                   const ChipSpec& chip)
    : m_spec(model.spec)
    , m_params(model.params)
    , m_quant(quant)
    , m_options(options)
{
    setChip(chip);
}

void PerformanceModel::setChip(const ChipSpec& chip)
{
    m_chip = chip;

    // The input embedding is a lookup; a tied matrix is read whole as the lm_head.
    double linear = static_cast<double>(m_params.active);
    if (!m_spec.tieWordEmbeddings)
        linear -= m_params.global[model::WeightPart::Embedding];
    m_activeExpertParams = double(m_spec.countMoeLayers()) * m_spec.numExpertsPerToken * double(m_params.expertParams);
    m_activeLinearParams = std::max(1.0, linear - m_activeExpertParams);

    const model::QuantScheme q = m_quant.scheme;
    const bool int8Matmul = q == model::QuantScheme::W8A8 || q == model::QuantScheme::W4A8
        || (q == model::QuantScheme::Fp8 && m_chip.fp8);
    m_computeRate = int8Matmul ? m_chip.int8OpsPerS : m_chip.dense16FlopsPerS;
}

PerformanceModel::Stage PerformanceModel::stageOf(const MemoryEstimator& estimator, const Layout& layout) const
{
    // The fullest stage sets the pace of the pipeline.
    int fullest = 0;
    double heaviest = -1;
    const QList<int> counts = MemoryEstimator::stageLayerCounts(m_spec.numLayers, layout.pp);
    for (int stage = 0; stage < layout.pp; ++stage) {
        const double w = estimator.weightBytes(layout, stage);
        if (w > heaviest) {
            heaviest = w;
            fullest = stage;
        }
    }
    Stage s;
    s.layers = counts.value(fullest);
    s.moeLayers = estimator.moeLayersOnStage(layout, fullest);
    s.routedBytes = estimator.routedExpertBytes(layout, fullest);
    s.fixedReadBytes = heaviest - s.routedBytes;
    if (fullest == 0 && !(m_spec.tieWordEmbeddings && layout.pp == 1))
        s.fixedReadBytes -= estimator.embeddingBytes(layout);
    s.fixedReadBytes = std::max(0.0, s.fixedReadBytes);
    s.kvBytesPerToken = estimator.kvBytesPerToken(layout, fullest);
    const double share = m_spec.numLayers > 0 ? double(s.layers) / m_spec.numLayers : 1.0;
    s.linearFlopsPerToken = 2.0 * m_activeLinearParams * share / layout.tp;
    const double moeShare = m_spec.countMoeLayers() > 0 ? double(s.moeLayers) / m_spec.countMoeLayers() : 0.0;
    s.expertFlopsPerToken = 2.0 * m_activeExpertParams * moeShare;
    // Scores and weighted values: 2 x 2 FLOPs per head dimension and context token, per layer. MLA
    // decodes in the latent space (kv_lora_rank + rope per head).
    const double headDim = m_spec.usesMla() ? double(m_spec.kvLoraRank + m_spec.qkRopeHeadDim) : double(m_spec.headDim);
    s.attentionFlopsPerContextToken = 4.0 * m_spec.numHeads * headDim * s.layers / layout.tp;
    return s;
}

double PerformanceModel::groupBandwidth(int ranks) const
{
    // In a full mesh a group of n uses n - 1 of the mesh's links; a switch gives every group all of it.
    if (m_chip.meshSize > 1 && ranks < m_chip.meshSize)
        return m_chip.intraBytesPerS * double(ranks - 1) / double(m_chip.meshSize - 1);
    return m_chip.intraBytesPerS;
}

double PerformanceModel::collectiveUs(double bytes, double crossShare, int ranks, bool crossNode) const
{
    // Intra-node and network transfers run at once; the slower one decides.
    const int inNode = std::min(ranks, std::max(1, m_options.npusPerNode));
    const double intra = bytes * (1.0 - crossShare) / (groupBandwidth(std::max(2, inNode)) * kCommEfficiency);
    const double inter = crossNode ? bytes * crossShare / (m_chip.interBytesPerS * kCommEfficiency) : 0.0;
    const double latency = crossNode ? m_chip.interLatencyUs : m_chip.intraLatencyUs;
    return kCollectiveUs + latency + std::max(intra, inter) * 1e6;
}

StepTime PerformanceModel::step(const Layout& layout, const Stage& stage, const Tokens& t) const
{
    StepTime out;
    const int perNode = std::max(1, m_options.npusPerNode);
    const double hidden = double(m_spec.hiddenSize);
    const double tokens = t.decode * t.perSequence + t.prefill; // rows through the linear layers

    // Memory: the weights every step reads, the routed experts its tokens visit, the KV cache.
    double visited = 0;
    if (m_spec.isMoe() && m_spec.numExperts > 0) {
        const double moeTokens = t.decode * t.perSequence * std::max(1.0, t.groups) + t.prefill;
        const double miss = 1.0 - double(m_spec.numExpertsPerToken) / m_spec.numExperts;
        visited = 1.0 - std::pow(std::max(0.0, miss), moeTokens);
    }
    const double bandwidth = m_chip.memoryBytesPerS * kMemoryEfficiency;
    out.weightsUs = (stage.fixedReadBytes + stage.routedBytes * visited) / bandwidth * 1e6;
    out.kvUs = stage.kvBytesPerToken * (t.decode * t.context + t.prefill) / bandwidth * 1e6;

    // Compute: the linear layers for every row, attention over each row's context.
    const double attention
        = stage.attentionFlopsPerContextToken * (t.decode * t.perSequence * t.context + t.prefill * t.prefill / 2.0);
    // Routed experts: the tokens of every DP group stepping together, spread over the TP x DP ranks.
    const double experts = (t.decode * t.perSequence * std::max(1.0, t.groups) + t.prefill) * stage.expertFlopsPerToken
        / ranksOf(layout);
    out.computeUs
        = (tokens * stage.linearFlopsPerToken + experts + attention) / (m_computeRate * kComputeEfficiency) * 1e6;

    // TP: two all-reduces per layer (after attention and after the MLP / MoE) of the rows' hidden states.
    if (layout.tp > 1) {
        out.tpCrossNode = layout.tp > perNode;
        const double bytes = 2.0 * (layout.tp - 1) / layout.tp * tokens * hidden * kActivationBytes;
        out.tpUs = 2.0 * stage.layers * collectiveUs(bytes, out.tpCrossNode ? 1.0 : 0.0, layout.tp, out.tpCrossNode);
    }

    // MoE across DP ranks: EP sends each token to the ranks of its experts and back (each TP rank sends
    // its 1/TP share); without EP the DP groups gather all tokens and reduce-scatter the outputs.
    const int ranks = ranksOf(layout);
    if (m_spec.isMoe() && layout.dp > 1 && stage.moeLayers > 0) {
        out.epCrossNode = ranks > perNode;
        const double crossShare = out.epCrossNode ? double(ranks - perNode) / double(ranks - 1) : 0.0;
        double bytes = 0;
        if (layout.ep) {
            const double k = m_spec.numExpertsPerToken;
            const double destinations = ranks * (1.0 - std::pow(1.0 - 1.0 / ranks, k)) * (ranks - 1) / ranks;
            const double dispatch = m_quant.scheme == model::QuantScheme::W8A8 ? 1.0 : kActivationBytes;
            bytes = tokens / layout.tp * destinations * hidden * (dispatch + kActivationBytes);
        } else {
            bytes = tokens * hidden * kActivationBytes * ((layout.dp - 1) + double(ranks - 1) / ranks);
        }
        out.epUs = stage.moeLayers * (kCollectiveUs + collectiveUs(bytes, crossShare, ranks, out.epCrossNode));
    }

    // PP: the rows' hidden states to the next stage; over the network once the group spans nodes.
    if (layout.pp > 1) {
        const bool cross = layout.tp * layout.pp > perNode;
        out.ppUs = collectiveUs(tokens * hidden * kActivationBytes, cross ? 1.0 : 0.0, 2, cross);
    }

    out.overheadUs = kStepHostUs
        + stage.layers
            * (kMatrixKernelsPerLayer * kMatrixKernelUs + kVectorKernelsPerLayer * kVectorKernelUs
               + (t.eager ? kMixedStepUsPerLayer : 0.0));
    return out;
}

Prediction
PerformanceModel::predict(const MemoryEstimator& estimator, const Layout& layout, const NpuMemory& memory) const
{
    return predict(estimator, layout, memory, m_options.workload);
}

Prediction PerformanceModel::predict(const MemoryEstimator& estimator,
                                     const Layout& layout,
                                     const NpuMemory& memory,
                                     const Workload& workload) const
{
    Prediction p;
    if (!memory.fits || memory.kvTokens <= 0 || layout.tp < 1 || layout.pp < 1 || layout.dp < 1)
        return p;
    // Requests longer than max-model-len are refused by the engine: the workload is cut to fit.
    const int maxLen = std::max(2, estimator.maxModelLen());
    const double input = std::clamp(workload.inputLen, 1, maxLen - 1);
    const double output = std::clamp(workload.outputLen, 1, maxLen - int(input));
    const double concurrency = std::max(1, workload.concurrency);

    // Running batch per DP group: what the users send, capped by --max-num-seqs and by the KV cache
    // (every request held at its full length).
    const double kvCap = std::floor(double(memory.kvTokens) / (input + output));
    const double wanted = std::max(1.0, concurrency / layout.dp);
    const double batch = std::max(1.0, std::min({wanted, double(std::max(1, workload.maxNumSeqs)), kvCap}));
    const double served = std::min(concurrency, batch * layout.dp);
    const double groups = std::max(1.0, served / batch);

    const Stage stage = stageOf(estimator, layout);
    const bool mtp = m_options.loadMtp && m_spec.numMtpLayers > 0;
    const double tokensPerStep = mtp ? 1.0 + kMtpAcceptance : 1.0;

    // Decode: PP keeps up to PP micro-batches in flight; a token crosses every stage.
    const double microBatches = std::min(double(layout.pp), batch);
    Tokens decode;
    decode.decode = batch / microBatches;
    decode.perSequence = mtp ? 2.0 : 1.0;
    decode.context = input + output / 2.0;
    decode.groups = groups;
    const StepTime s = step(layout, stage, decode);
    const double decodeCycleUs = layout.pp * s.totalUs();

    // Prefill: chunks of --max-num-batched-tokens minus the decode rows, outside the decode graph; each of the
    // `batch / output` arrivals per step (closed loop) brings one. MoE DP ranks step together, so one
    // rank's prefill holds up all of them.
    const double budget = std::max(decode.decode + 1.0, double(m_options.maxNumBatchedTokens));
    const double chunk = std::max(1.0, budget - decode.decode);
    const double chunks = std::ceil(input / chunk);
    const double arrivals = batch / output;
    Tokens mixed = decode;
    mixed.eager = true;
    mixed.prefill = std::min(chunk, std::max(std::min(input, chunk), input * arrivals));
    const StepTime sm = step(layout, stage, mixed);
    const double pRank = 1.0 - std::exp(-arrivals * chunks);
    const bool lockstep = m_spec.isMoe() && groups > 1;
    const double pAny = lockstep ? 1.0 - std::exp(-arrivals * chunks * groups) : pRank;
    const double meanCycleUs = layout.pp * ((1.0 - pAny) * s.totalUs() + pAny * sm.totalUs());

    Tokens first = mixed;
    first.prefill = std::min(input, chunk);
    const StepTime sf = step(layout, stage, first);
    const double c = m_options.speedCorrection > 0 ? m_options.speedCorrection : 1.0;
    const double waitUs = (1.0 - 1.0 / batch) * 0.5 * meanCycleUs / layout.pp;
    const double ttftServiceMs = ((waitUs + chunks * layout.pp * sf.totalUs()) / 1000.0 + kServingOverheadMs) / c;
    p.tpotMs = meanCycleUs / tokensPerStep / 1000.0 / c;
    p.e2eMs = ttftServiceMs + (output - 1.0) * p.tpotMs;
    const double queueMs = served < concurrency ? (concurrency / served - 1.0) * p.e2eMs : 0.0;
    p.ttftMs = ttftServiceMs + queueMs;
    p.perUserTokS = 1000.0 / p.tpotMs;
    p.outputTokS = served * output / (p.e2eMs / 1000.0);
    p.peakOutputTokS = served * tokensPerStep / decodeCycleUs * 1e6 * c;
    p.concurrency = int(std::lround(served));
    p.batchPerGroup = int(std::lround(batch));
    p.decode = s;
    p.valid = true;

    const double bubbleUs = layout.pp > 1 ? (layout.pp - microBatches) * s.totalUs() : 0.0;
    describe(p, layout, wanted, kvCap, bubbleUs, meanCycleUs - decodeCycleUs);
    return p;
}

void PerformanceModel::describe(
    Prediction& p, const Layout& layout, double wantedPerGroup, double kvCap, double bubbleUs, double stallUs) const
{
    const QString perGroup = layout.dp > 1 ? tr(" per DP group") : QString();
    if (p.batchPerGroup + 0.5 < wantedPerGroup) {
        if (kvCap <= m_options.workload.maxNumSeqs && kvCap < wantedPerGroup) {
            p.limit = Limit::KvCapacity;
            p.limitText = tr("KV capacity caps batch at %1%2").arg(p.batchPerGroup).arg(perGroup);
        } else {
            p.limit = Limit::MaxNumSeqs;
            p.limitText = tr("max-num-seqs caps batch at %1%2").arg(p.batchPerGroup).arg(perGroup);
        }
        return;
    }
    const StepTime& s = p.decode;
    const double pp = layout.pp;
    struct Part
    {
        Limit limit;
        double us;
    };
    const bool memoryBound = s.memoryUs() >= s.computeUs;
    const Part parts[] = {
        {Limit::Weights, memoryBound ? pp * s.weightsUs : 0},
        {Limit::KvRead, memoryBound ? pp * s.kvUs : 0},
        {Limit::Compute, memoryBound ? 0 : pp * s.computeUs},
        {s.tpCrossNode ? Limit::TpCrossNode : Limit::TpAllReduce, pp * s.tpUs},
        {Limit::EpAllToAll, pp * s.epUs},
        {Limit::PipelineBubble, bubbleUs + pp * s.ppUs},
        {Limit::PrefillStall, stallUs},
        {Limit::Overhead, pp * s.overheadUs},
    };
    const Part* top = std::max_element(std::begin(parts), std::end(parts),
                                       [](const Part& a, const Part& b) { return a.us < b.us; });
    p.limit = top->limit;
    switch (p.limit) {
    case Limit::Weights:
        p.limitText = tr("decode: HBM bandwidth (weights)");
        break;
    case Limit::KvRead:
        p.limitText = tr("decode: HBM bandwidth (KV cache)");
        break;
    case Limit::Compute:
        p.limitText = tr("compute");
        break;
    case Limit::TpAllReduce:
        p.limitText = tr("TP all-reduce inside a node");
        break;
    case Limit::TpCrossNode:
        p.limitText = tr("cross-node TP all-reduce");
        break;
    case Limit::EpAllToAll:
        p.limitText = s.epCrossNode ? tr("MoE all-to-all across nodes") : tr("MoE all-to-all inside a node");
        break;
    case Limit::PipelineBubble:
        p.limitText = tr("pipeline bubbles: %1 requests for %2 stages").arg(p.batchPerGroup).arg(layout.pp);
        break;
    case Limit::PrefillStall:
        p.limitText = layout.dp > 1 && m_spec.isMoe() ? tr("prefill steps stall decode on every DP rank")
                                                      : tr("prefill steps stall decode");
        break;
    case Limit::Overhead:
        p.limitText = tr("kernel launch overhead per step");
        break;
    default:
        break;
    }
}

} // namespace npufleet::planning
