// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/model/QuantSpec.h"

namespace npufleet::model {

// How the decoder layers are built; decides which parameter formula applies.
enum class ArchitectureFamily {
    Dense, // Llama, Qwen2/2.5, Qwen3, Mistral: GQA attention + gated MLP
    Moe, // Qwen2-MoE, Qwen3-MoE, Mixtral: GQA attention + routed experts
    DeepseekMla, // DeepSeek-V2/V3/R1: multi-head latent attention + routed and shared experts
    Generic, // unknown architecture: estimated as a dense decoder (with a warning)
};

// The shape of a decoder-only model, as read from its Hugging Face config.json.
struct ModelSpec
{
    QString name; // display name (catalog name or folder name)
    QString architecture; // architectures[0], e.g. Qwen3MoeForCausalLM
    QString modelType; // model_type, e.g. qwen3_moe
    ArchitectureFamily family = ArchitectureFamily::Dense;
    QString torchDtype = QStringLiteral("bfloat16");

    qint64 hiddenSize = 0;
    int numLayers = 0;
    int numHeads = 0;
    int numKvHeads = 0;
    qint64 headDim = 0;
    qint64 intermediateSize = 0;
    qint64 vocabSize = 0;
    qint64 maxPositionEmbeddings = 0;
    bool tieWordEmbeddings = false;
    bool qkvBias = false; // Qwen2/2.5 (always), or attention_bias
    bool outputBias = false; // o_proj bias (attention_bias on Llama)
    bool mlpBias = false;
    bool qkNorm = false; // Qwen3: RMSNorm over q and k per head
    qint64 rotaryDim = 0; // width of the cos/sin cache vLLM keeps in model memory

    // Mixture of experts (0 experts = dense).
    int numExperts = 0;
    int numExpertsPerToken = 0;
    qint64 moeIntermediateSize = 0;
    int numSharedExperts = 0; // DeepSeek: n_shared_experts x moe_intermediate_size
    qint64 sharedExpertIntermediateSize = 0; // Qwen2-MoE: one shared expert of this width, with a gate
    bool routerBias = false; // DeepSeek-V3 e_score_correction_bias
    QList<bool> moeLayers; // per layer index: routed experts (true) or dense MLP

    // DeepSeek multi-head latent attention (kvLoraRank > 0).
    qint64 qLoraRank = 0; // 0: plain q_proj
    qint64 kvLoraRank = 0;
    qint64 qkRopeHeadDim = 0;
    qint64 qkNopeHeadDim = 0;
    qint64 vHeadDim = 0;

    int numMtpLayers = 0; // num_nextn_predict_layers

    QuantSpec quant; // from quantization_config / quant_model_description*.json
    QStringList warnings; // what was guessed while reading

    bool isMoe() const { return numExperts > 0; }
    bool usesMla() const { return kvLoraRank > 0; }
    int countMoeLayers() const;
    // Bytes of one element of the model's own dtype (torch_dtype): 4 for float32, else 2.
    int dtypeBytes() const;
};

} // namespace npufleet::model
