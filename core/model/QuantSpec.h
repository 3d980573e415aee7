// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <array>
#include <optional>

#include "core/model/WeightPart.h"

namespace npufleet::model {

// The weight formats the planner knows (the values of `plan --quant`).
enum class QuantScheme { Auto, Bf16, Fp16, Fp8, W8A8, W4A8, W4A16 };

QString quantSchemeKey(QuantScheme scheme); // "bf16", "w8a8", ...
std::optional<QuantScheme> quantSchemeFromKey(const QString& key);

// How a checkpoint stores its weights: the scheme, and which parts it converts.
struct QuantSpec
{
    QuantScheme scheme = QuantScheme::Bf16;
    QString method; // quant_method as written (fp8, awq, gptq, ...) or the description's model_quant_type
    int bits = 16; // weight bits of converted linear layers
    int groupSize = 0; // 0: per-channel / per-block scales
    bool blockFp8 = false; // fp8 with weight_block_size (fp32 scale per 128x128 block)
    // From a vLLM-Ascend quant_model_description: per part, whether most of its weights are
    // quantized. Unset parts follow the scheme's default (linear parts converted, the rest not).
    std::array<std::optional<bool>, kWeightPartCount> partQuantized {};

    bool isQuantized(WeightPart part) const;
    // Bytes one parameter of this part takes, scales included; modelDtypeBytes for unconverted parts.
    double bytesPerParam(WeightPart part, int modelDtypeBytes) const;
};

} // namespace npufleet::model
