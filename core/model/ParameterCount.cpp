// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ParameterCount.h"

#include <cmath>

namespace npufleet::model {

namespace {

// Attention and the two layer norms of one decoder layer.
PartValues attention(const ModelSpec& s)
{
    PartValues p;
    const double h = static_cast<double>(s.hiddenSize);
    p[WeightPart::Norm] = 2 * h; // input_layernorm + post_attention_layernorm
    if (s.usesMla()) {
        const double qHead = static_cast<double>(s.qkNopeHeadDim + s.qkRopeHeadDim);
        const double heads = s.numHeads;
        if (s.qLoraRank > 0) {
            const double r = static_cast<double>(s.qLoraRank);
            p[WeightPart::AttnReplicated] += h * r; // q_a_proj
            p[WeightPart::Norm] += r; // q_a_layernorm
            p[WeightPart::AttnSplit] += r * heads * qHead; // q_b_proj
        } else {
            p[WeightPart::AttnSplit] += h * heads * qHead; // q_proj
        }
        const double kv = static_cast<double>(s.kvLoraRank);
        p[WeightPart::AttnReplicated] += h * (kv + static_cast<double>(s.qkRopeHeadDim)); // kv_a_proj_with_mqa
        p[WeightPart::Norm] += kv; // kv_a_layernorm
        p[WeightPart::AttnSplit] += kv * heads * static_cast<double>(s.qkNopeHeadDim + s.vHeadDim); // kv_b_proj
        p[WeightPart::AttnSplit] += heads * static_cast<double>(s.vHeadDim) * h; // o_proj
        return p;
    }
    const double d = static_cast<double>(s.headDim);
    const double q = s.numHeads * d;
    const double kv = s.numKvHeads * d;
    p[WeightPart::AttnSplit] = 2 * h * q + (s.qkvBias ? q : 0) + (s.outputBias ? h : 0); // q_proj, o_proj
    p[WeightPart::AttnKv] = 2 * h * kv + (s.qkvBias ? 2 * kv : 0); // k_proj, v_proj
    if (s.qkNorm)
        p[WeightPart::Norm] += 2 * d; // q_norm, k_norm (per head dim, shared by heads)
    return p;
}

double gatedMlp(double hidden, double intermediate, bool bias)
{
    return 3 * hidden * intermediate + (bias ? 2 * intermediate + hidden : 0);
}

qint64 toInt(double v)
{
    return static_cast<qint64>(std::llround(v));
}

} // namespace

ParameterCount ParameterCount::count(const ModelSpec& s)
{
    ParameterCount c;
    const double h = static_cast<double>(s.hiddenSize);
    const double v = static_cast<double>(s.vocabSize);
    c.global[WeightPart::Embedding] = v * h;
    c.global[WeightPart::LmHead] = s.tieWordEmbeddings ? 0 : v * h;
    c.global[WeightPart::Norm] = h; // final norm

    const PartValues attn = attention(s);
    c.denseLayer = attn;
    c.denseLayer[WeightPart::DenseMlp] = gatedMlp(h, static_cast<double>(s.intermediateSize), s.mlpBias);

    const double expert = gatedMlp(h, static_cast<double>(s.moeIntermediateSize), false);
    c.expertParams = toInt(expert);
    if (s.isMoe()) {
        c.moeLayer = attn;
        c.moeLayer[WeightPart::RoutedExperts] = s.numExperts * expert;
        c.moeLayer[WeightPart::Router] = s.numExperts * h + (s.routerBias ? s.numExperts : 0);
        if (s.numSharedExperts > 0)
            c.moeLayer[WeightPart::SharedExperts]
                = gatedMlp(h, static_cast<double>(s.moeIntermediateSize) * s.numSharedExperts, false);
        if (s.sharedExpertIntermediateSize > 0) {
            c.moeLayer[WeightPart::SharedExperts]
                = gatedMlp(h, static_cast<double>(s.sharedExpertIntermediateSize), false);
            c.moeLayer[WeightPart::Router] += h; // shared_expert_gate
        }
    }

    const int moeCount = s.countMoeLayers();
    const int denseCount = s.numLayers - moeCount;
    const double total = c.global.sum() + denseCount * c.denseLayer.sum() + moeCount * c.moeLayer.sum();
    c.total = toInt(total);
    const int idle = qMax(0, s.numExperts - s.numExpertsPerToken);
    c.active = toInt(total - static_cast<double>(moeCount) * idle * expert);

    if (s.numMtpLayers > 0) {
        // DeepSeek-V3 MTP module: enorm, hnorm, eh_proj (2h -> h), one decoder layer, shared_head norm.
        c.mtpLayer = s.isMoe() ? c.moeLayer : c.denseLayer;
        c.mtpLayer[WeightPart::Norm] += 3 * h;
        c.mtpLayer[WeightPart::AttnReplicated] += 2 * h * h;
        c.mtp = toInt(s.numMtpLayers * c.mtpLayer.sum());
    }
    return c;
}

} // namespace npufleet::model
