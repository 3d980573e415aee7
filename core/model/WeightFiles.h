// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/model/ModelSpec.h"
#include "core/model/WeightPart.h"
#include "core/util/Result.h"

namespace npufleet::model {

// What the files of a model folder say about its weights: real bytes beat the estimate.
struct WeightFileInfo
{
    bool found = false; // a safetensors index or header was read
    bool perPart = false; // bytes per part come from tensor headers (else only the total is known)
    double totalBytes = 0; // all tensors, MTP included
    double mtpBytes = 0; // tensors of layers >= num_hidden_layers (MTP modules), when known
    bool hasMtpTensors = false;
    PartValues partBytes; // model proper, per part (perPart only)
    QString source; // the file the figure comes from
};

class WeightFiles
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::model::WeightFiles)

public:
    // Reads model.safetensors.index.json and/or the safetensors headers in folder.
    static Result<WeightFileInfo> read(const QString& folder, const ModelSpec& spec);
    // Reads quant_model_description*.json (vLLM-Ascend / msModelSlim) into spec.quant, if there is one.
    static Result<void> readQuantDescription(const QString& folder, ModelSpec& spec);
    // Parses one safetensors header (the 8-byte length and the JSON after it) from the file's start.
    static Result<void> addSafetensorsHeader(const QString& path, const ModelSpec& spec, WeightFileInfo& info);

    // Which part a tensor belongs to; *isMtp is set for layers beyond num_hidden_layers.
    static WeightPart classify(const QString& tensorName, const ModelSpec& spec, bool* isMtp);
};

} // namespace npufleet::model
