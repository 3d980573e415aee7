// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/model/ModelSpec.h"
#include "core/model/ParameterCount.h"
#include "core/model/WeightFiles.h"
#include "core/util/Result.h"

namespace npufleet::model {

// A model ready for planning: its shape, its parameter count and what its files say.
struct LoadedModel
{
    ModelSpec spec;
    ParameterCount params;
    WeightFileInfo files; // files.found is false for catalog entries and bare config files without weights
    QString origin; // the folder, the config file, or "catalog:<name>"
    QString hubId;
};

class ModelLoader
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::model::ModelLoader)

public:
    // A model folder, its config.json, or a catalog name / hub id.
    static Result<LoadedModel> load(const QString& modelArgument);
    static LoadedModel fromSpec(const ModelSpec& spec);
};

} // namespace npufleet::model
