// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/MemoryEstimator.h"

#include <cmath>

#include "core/planning/Units.h"

namespace npufleet::planning {

using model::PartValues;
using model::WeightPart;

namespace {

// Overheads measured on vLLM-Ascend (vllm-memory-logs.md row A1, Qwen3-0.6B, TP1):
// 0.03 GiB non-torch memory and 0.09 GiB of NPU graph memory for 28 layers.
constexpr double kAscendRuntimeBase = 0.03 * kGiB;
constexpr double kGraphPerLayer = 0.09 * kGiB / 28.0;
// HCCL reserves 2 x HCCL_BUFFSIZE (default 200 MiB) per communicator an NPU takes part in.
constexpr double kHcclPerGroup = 2 * 200.0 * kMiB;
// NCCL: vLLM V0 logged 0.20 GiB non-torch memory at TP16 (row G11).
constexpr double kNcclWithGroups = 0.20 * kGiB;
constexpr int kDefaultMaxModelLen = 32768;

model::QuantSpec effectiveQuant(const model::ModelSpec& spec, model::QuantScheme wanted)
{
    if (wanted == model::QuantScheme::Auto || wanted == spec.quant.scheme)
        return spec.quant;
    model::QuantSpec q;
    q.scheme = wanted;
    q.method = model::quantSchemeKey(wanted);
    q.bits = wanted == model::QuantScheme::Bf16 || wanted == model::QuantScheme::Fp16 ? 16
        : wanted == model::QuantScheme::W8A8 || wanted == model::QuantScheme::Fp8     ? 8
                                                                                      : 4;
    q.blockFp8 = wanted == model::QuantScheme::Fp8;
    q.groupSize = wanted == model::QuantScheme::W4A16 ? 128 : 0;
    return q;
}

} // namespace

MemoryEstimator::MemoryEstimator(const model::LoadedModel& loaded, const PlanOptions& options)
    : m_model(loaded)
    , m_options(options)
    , m_quant(effectiveQuant(loaded.spec, options.quant))
{
    const model::ModelSpec& s = m_model.spec;
    const model::ParameterCount& p = m_model.params;
    for (std::size_t i = 0; i < model::kWeightPartCount; ++i)
        m_bytesPerParam.values[i] = m_quant.bytesPerParam(static_cast<WeightPart>(i), s.dtypeBytes());

    const int moeCount = s.countMoeLayers();
    PartValues params = p.global;
    for (std::size_t i = 0; i < model::kWeightPartCount; ++i)
        params.values[i] += (s.numLayers - moeCount) * p.denseLayer.values[i] + moeCount * p.moeLayer.values[i];
    PartValues estimated = bytesOf(params);

    // Real bytes from the weight files win, unless the user asked for another format than theirs.
    const bool filesApply
        = m_model.files.found && (options.quant == model::QuantScheme::Auto || options.quant == s.quant.scheme);
    if (filesApply) {
        const double before = estimated.sum();
        if (m_model.files.perPart) {
            for (std::size_t i = 0; i < model::kWeightPartCount; ++i) {
                const double fileBytes = m_model.files.partBytes.values[i];
                if (estimated.values[i] > 0 && fileBytes > 0)
                    m_bytesPerParam.values[i] *= fileBytes / estimated.values[i];
            }
        } else {
            double mtpEstimate = 0;
            if (m_model.files.hasMtpTensors) {
                // DeepSeek checkpoints store each MTP module with its own embedding and head.
                mtpEstimate = s.numMtpLayers
                    * (bytesOf(p.mtpLayer).sum()
                       + 2 * static_cast<double>(s.vocabSize * s.hiddenSize) * s.dtypeBytes());
            }
            const double scale = (m_model.files.totalBytes - mtpEstimate) / before;
            if (scale > 0) {
                for (double& v : m_bytesPerParam.values)
                    v *= scale;
            }
        }
        estimated = bytesOf(params);
        if (std::abs(estimated.sum() / before - 1.0) > 0.05) {
            m_notes << tr("the weight files hold %1 GiB, the config suggests %2 GiB: the files are used")
                           .arg(estimated.sum() / kGiB, 0, 'f', 1)
                           .arg(before / kGiB, 0, 'f', 1);
        }
    }
    m_mainBytes = estimated.sum();

    const qint64 modelLen = s.maxPositionEmbeddings > 0 ? s.maxPositionEmbeddings : kDefaultMaxModelLen;
    m_maxModelLen
        = options.maxModelLen > 0 ? options.maxModelLen : static_cast<int>(qMin<qint64>(modelLen, kDefaultMaxModelLen));
    if (s.maxPositionEmbeddings > 0 && m_maxModelLen > s.maxPositionEmbeddings)
        m_notes << tr("max-model-len %1 is longer than the model's max_position_embeddings (%2)")
                       .arg(m_maxModelLen)
                       .arg(s.maxPositionEmbeddings);
}

PartValues MemoryEstimator::bytesOf(const PartValues& params) const
{
    PartValues out;
    for (std::size_t i = 0; i < model::kWeightPartCount; ++i)
        out.values[i] = params.values[i] * m_bytesPerParam.values[i];
    return out;
}

QList<int> MemoryEstimator::stageLayerCounts(int numLayers, int pp)
{
    // vllm/distributed/utils.py get_pp_indices: the remainder goes to the stages before the last.
    QList<int> counts(pp, numLayers / pp);
    const int remaining = numLayers % pp;
    for (int i = 2; i < remaining + 2; ++i)
        counts[pp - i] += 1;
    return counts;
}

double MemoryEstimator::splitBytes(WeightPart part, double bytes, const Layout& layout) const
{
    const model::ModelSpec& s = m_model.spec;
    switch (part) {
    case WeightPart::Embedding:
    case WeightPart::LmHead: {
        // VocabParallelEmbedding pads the vocabulary to a multiple of 64 before splitting it.
        const double padded = std::ceil(static_cast<double>(s.vocabSize) / 64.0) * 64.0;
        return bytes * padded / static_cast<double>(s.vocabSize) / layout.tp;
    }
    case WeightPart::AttnSplit:
    case WeightPart::DenseMlp:
    case WeightPart::SharedExperts:
        return bytes / layout.tp;
    case WeightPart::AttnKv: {
        // QKVParallelLinear: each rank keeps at least one KV head (replicated when TP > kv heads).
        if (s.numKvHeads <= 0)
            return bytes / layout.tp;
        const int headsPerRank = qMax(1, s.numKvHeads / layout.tp);
        return bytes * headsPerRank / s.numKvHeads;
    }
    case WeightPart::RoutedExperts: {
        // vLLM FusedMoE: EP gives whole experts to DP x TP ranks; without EP the experts are sliced
        // over the same DP x TP ranks (tensor parallel flattened over DP).
        const int ranks = layout.tp * layout.dp;
        if (layout.ep && s.numExperts > 0)
            return bytes * std::ceil(static_cast<double>(s.numExperts) / ranks) / s.numExperts;
        return bytes / ranks;
    }
    case WeightPart::AttnReplicated:
    case WeightPart::Router:
    case WeightPart::Norm:
        return bytes;
    }
    return bytes;
}

double MemoryEstimator::layerBytes(const PartValues& params, const Layout& layout) const
{
    double total = 0;
    for (std::size_t i = 0; i < model::kWeightPartCount; ++i) {
        const auto part = static_cast<WeightPart>(i);
        total += splitBytes(part, params.values[i] * m_bytesPerParam.values[i], layout);
    }
    return total;
}

int MemoryEstimator::moeLayersOnStage(const Layout& layout, int stage) const
{
    const model::ModelSpec& s = m_model.spec;
    const QList<int> counts = stageLayerCounts(s.numLayers, layout.pp);
    int first = 0;
    for (int i = 0; i < stage; ++i)
        first += counts[i];
    int moe = 0;
    for (int i = first; i < first + counts.value(stage); ++i)
        moe += s.moeLayers.value(i) ? 1 : 0;
    return moe;
}

double MemoryEstimator::routedExpertBytes(const Layout& layout, int stage) const
{
    const model::ParameterCount& p = m_model.params;
    return moeLayersOnStage(layout, stage)
        * splitBytes(WeightPart::RoutedExperts,
                     p.moeLayer[WeightPart::RoutedExperts] * m_bytesPerParam[WeightPart::RoutedExperts], layout);
}

double MemoryEstimator::embeddingBytes(const Layout& layout) const
{
    const model::ParameterCount& p = m_model.params;
    return splitBytes(WeightPart::Embedding, p.global[WeightPart::Embedding] * m_bytesPerParam[WeightPart::Embedding],
                      layout);
}

double MemoryEstimator::weightBytes(const Layout& layout, int stage) const
{
    const model::ModelSpec& s = m_model.spec;
    const model::ParameterCount& p = m_model.params;
    const QList<int> counts = stageLayerCounts(s.numLayers, layout.pp);
    const int moe = moeLayersOnStage(layout, stage);
    double total = (counts[stage] - moe) * layerBytes(p.denseLayer, layout) + moe * layerBytes(p.moeLayer, layout);

    const double embedding = embeddingBytes(layout);
    const bool last = stage == layout.pp - 1;
    if (stage == 0)
        total += embedding;
    if (last) {
        total += splitBytes(WeightPart::LmHead, p.global[WeightPart::LmHead] * m_bytesPerParam[WeightPart::LmHead],
                            layout);
        total += p.global[WeightPart::Norm] * m_bytesPerParam[WeightPart::Norm];
        if (s.tieWordEmbeddings && layout.pp > 1)
            total += embedding; // the last stage needs the tied matrix as its lm_head
        if (m_options.loadMtp && s.numMtpLayers > 0) {
            // vLLM's DeepSeekMTP has its own embedding and head besides the MTP layers.
            total += s.numMtpLayers * (layerBytes(p.mtpLayer, layout) + 2 * embedding);
        }
    }
    // The rotary cos/sin cache (model dtype) is part of "Loading model weights took".
    total += static_cast<double>(s.maxPositionEmbeddings * s.rotaryDim) * 2.0;
    return total;
}

double MemoryEstimator::kvBytesPerToken(const Layout& layout, int stage) const
{
    const model::ModelSpec& s = m_model.spec;
    int layers = stageLayerCounts(s.numLayers, layout.pp).value(stage);
    if (stage == layout.pp - 1) {
        layers += m_options.extraKvLayers;
        if (m_options.loadMtp)
            layers += s.numMtpLayers;
    }
    const int dtypeBytes = m_options.kvCacheDtype == KvCacheDtype::Fp8 ? 1 : 2;
    if (s.usesMla()) // one latent vector per token, not split by TP
        return static_cast<double>(layers) * static_cast<double>(s.kvLoraRank + s.qkRopeHeadDim) * dtypeBytes;
    const int heads = qMax(1, s.numKvHeads / layout.tp);
    return 2.0 * layers * heads * static_cast<double>(s.headDim) * dtypeBytes;
}

double MemoryEstimator::activationBytes(const Layout& layout) const
{
    // Peak of the profiling run over max_num_batched_tokens tokens, in the model dtype (2 bytes):
    // two hidden-sized buffers (residual + normed input), the QKV output and the MLP's widest
    // intermediate (gate_up + activation); calibrated on row A1 (Qwen3-0.6B: 0.22 GiB logged).
    const model::ModelSpec& s = m_model.spec;
    const double tp = layout.tp;
    const double h = static_cast<double>(s.hiddenSize);
    double qkv = 0;
    if (s.usesMla()) {
        qkv = s.numHeads / tp * static_cast<double>(s.qkNopeHeadDim + s.qkRopeHeadDim)
            + static_cast<double>(s.qLoraRank + s.kvLoraRank + s.qkRopeHeadDim);
    } else {
        qkv = (s.numHeads / tp + 2.0 * qMax(1, s.numKvHeads / layout.tp)) * static_cast<double>(s.headDim);
    }
    double mlp = 0;
    if (s.countMoeLayers() < s.numLayers)
        mlp = 3.0 * static_cast<double>(s.intermediateSize) / tp;
    if (s.isMoe())
        mlp = qMax(mlp, s.numExpertsPerToken * (3.0 * static_cast<double>(s.moeIntermediateSize) / tp + h));
    return m_options.maxNumBatchedTokens * 2.0 * (2.0 * h + qkv + mlp);
}

double MemoryEstimator::nonTorchBytes(const Layout& layout) const
{
    const bool moeGroup = m_model.spec.isMoe() && layout.tp * layout.dp > 1;
    const int groups = (layout.tp > 1 ? 1 : 0) + (layout.pp > 1 ? 1 : 0) + (layout.dp > 1 ? 1 : 0) + (moeGroup ? 1 : 0);
    if (m_options.platform == Platform::Cuda)
        return groups > 0 ? kNcclWithGroups : kAscendRuntimeBase;
    return kAscendRuntimeBase + groups * kHcclPerGroup;
}

double MemoryEstimator::graphBytes(const Layout& layout, int stage) const
{
    if (m_options.platform == Platform::Cuda)
        return 0; // vLLM before 0.19 does not count CUDA graphs against the KV budget
    return stageLayerCounts(m_model.spec.numLayers, layout.pp).value(stage) * kGraphPerLayer;
}

NpuMemory MemoryEstimator::fromBudget(const Layout& layout, int stage, double budget) const
{
    NpuMemory m;
    m.kvBudgetBytes = budget;
    m.kvBytesPerToken = kvBytesPerToken(layout, stage);
    const int block = m_options.effectiveBlockSize();
    const double blockBytes = m.kvBytesPerToken * block;
    m.kvBlocks = budget > 0 && blockBytes > 0 ? static_cast<qint64>(std::floor(budget / blockBytes)) : 0;
    m.kvTokens = m.kvBlocks * block;
    const qint64 blocksPerRequest = (m_maxModelLen + block - 1) / block;
    m.maxConcurrency = blocksPerRequest > 0 ? static_cast<double>(m.kvBlocks) / blocksPerRequest : 0;
    m.fits = m.kvBlocks >= blocksPerRequest;
    m.shortBytes = m.fits ? 0 : blocksPerRequest * blockBytes - budget;
    return m;
}

NpuMemory MemoryEstimator::estimate(const Layout& layout) const
{
    const double hbm = m_options.hbmGib * kGiB;
    const double activation = activationBytes(layout);
    const double nonTorch = nonTorchBytes(layout);
    NpuMemory worst;
    double heaviest = 0;
    for (int stage = 0; stage < layout.pp; ++stage) {
        const double weights = weightBytes(layout, stage);
        const double graph = graphBytes(layout, stage);
        const double used = weights + activation + nonTorch + graph;
        NpuMemory m;
        if (m_options.kvCacheMemoryGib) {
            // --kv-cache-memory skips profiling: the cache is allocated as given, next to everything else.
            m = fromBudget(layout, stage, *m_options.kvCacheMemoryGib * kGiB);
            const double overflow = used + m.kvBudgetBytes - hbm;
            if (overflow > 0) {
                m.fits = false;
                m.shortBytes = qMax(m.shortBytes, overflow);
            }
        } else {
            m = fromBudget(layout, stage, hbm * m_options.gpuMemoryUtilization - used);
        }
        m.weightBytes = weights;
        m.activationBytes = activation;
        m.nonTorchBytes = nonTorch;
        m.graphBytes = graph;
        heaviest = qMax(heaviest, weights);
        const bool worse = stage == 0 || (m.fits == worst.fits && m.kvBlocks < worst.kvBlocks)
            || (!m.fits && (worst.fits || m.shortBytes > worst.shortBytes));
        if (worse)
            worst = m;
    }
    worst.weightBytes = heaviest;
    return worst;
}

} // namespace npufleet::planning
