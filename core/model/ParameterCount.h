// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ModelSpec.h"
#include "core/model/WeightPart.h"

namespace npufleet::model {

// Exact parameter counts from a config, split into the parts that parallelism treats differently.
struct ParameterCount
{
    PartValues global; // embedding, lm_head (0 when tied), final norm
    PartValues denseLayer; // one decoder layer with a dense MLP
    PartValues moeLayer; // one decoder layer with routed experts (zero for dense models)
    PartValues mtpLayer; // one MTP module without its embedding and head (DeepSeek-V3 shape)
    qint64 expertParams = 0; // one routed expert (gate + up + down)
    qint64 total = 0; // the model proper, MTP apart
    qint64 active = 0; // per token: total minus the routed experts a token does not visit
    qint64 mtp = 0; // all MTP modules, their own embedding and head not counted

    static ParameterCount count(const ModelSpec& spec);
};

} // namespace npufleet::model
