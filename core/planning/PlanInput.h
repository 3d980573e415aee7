// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/model/ModelLoader.h"
#include "core/planning/PlanOptions.h"
#include "core/project/ProjectData.h"

namespace npufleet::planning {

// What the planner needs for one deployment of the project, gathered from its model source,
// placement and serving options.
struct PlanInput
{
    QString deployment;
    QString error; // set when nothing can be planned; the panel shows it as it is
    std::optional<model::LoadedModel> model;
    QString modelOrigin; // "catalog Qwen3-32B" or the folder read
    planning::PlanOptions options;
    project::Layout current; // the deployment's layout as saved
    int placedNpus = 0; // devices the placement names
    int nodeNpus = 0; // every NPU of the placed nodes
    double nominalHbmGib = 0; // as the node hardware or npu-smi states it
    bool hbmFromLive = false;
    QStringList npuLabels; // "atlas-106:0" per placed device, in rank order
    // The project's correction for the chip and engine, applied as options.speedCorrection.
    std::optional<project::Calibration> calibration;

    // Ratio of what the runtime reports to the nominal size: a 64 GB 910B shows 61.27 GiB to
    // vLLM (docs/planner.md, fixture A1); the planner wants the runtime figure.
    static constexpr double kRuntimeHbmShare = 61.27 / 64.0;
};

class PlanInputResolver
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::planning::PlanInput)

public:
    // wholeNodes: plan over every NPU of the placed nodes instead of the placed devices only.
    static PlanInput resolve(const project::ProjectData& data, const QString& deployment, bool wholeNodes);
    // A model from its source: a local folder when it exists, else the catalog (name, then hub id).
    static Result<model::LoadedModel> loadModel(const project::ModelSource& source, QString* origin);
};

} // namespace npufleet::planning
