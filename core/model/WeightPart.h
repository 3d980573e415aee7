// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>

namespace npufleet::model {

// The groups of weights that parallelism treats differently. Counting, quantization and the
// per-NPU memory model all speak in these parts.
enum class WeightPart {
    Embedding, // embed_tokens: vocab-parallel, first PP stage
    LmHead, // lm_head: vocab-parallel, last PP stage (absent when tied)
    AttnSplit, // q/o projections (MLA: q_b, kv_b, o): split by TP
    AttnKv, // k/v projections of GQA: split by TP up to num_key_value_heads, then replicated
    AttnReplicated, // MLA q_a_proj and kv_a_proj_with_mqa: every TP rank holds them whole
    DenseMlp, // gate/up/down of dense layers: split by TP
    RoutedExperts, // all routed experts of MoE layers: split by EP, or by DP x TP slices
    SharedExperts, // DeepSeek / Qwen2-MoE shared experts: split by TP
    Router, // gate (and e_score_correction_bias, shared_expert_gate): replicated, never quantized
    Norm, // layer norms (also q/k norm, MLA latent norms, final norm): replicated
};

inline constexpr std::size_t kWeightPartCount = 10;

// Whether quantization schemes convert this part (linear layers) or keep it in the model dtype.
constexpr bool isLinearPart(WeightPart part)
{
    return part != WeightPart::Embedding && part != WeightPart::LmHead && part != WeightPart::Router
        && part != WeightPart::Norm;
}

// One number per WeightPart (parameters, bytes, or bytes per parameter).
struct PartValues
{
    std::array<double, kWeightPartCount> values {};

    double& operator[](WeightPart part) { return values[static_cast<std::size_t>(part)]; }
    double operator[](WeightPart part) const { return values[static_cast<std::size_t>(part)]; }
    double sum() const
    {
        double total = 0;
        for (double v : values)
            total += v;
        return total;
    }
    PartValues& operator+=(const PartValues& other)
    {
        for (std::size_t i = 0; i < kWeightPartCount; ++i)
            values[i] += other.values[i];
        return *this;
    }
};

} // namespace npufleet::model
