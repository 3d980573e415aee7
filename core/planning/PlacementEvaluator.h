// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

#include "core/model/ModelLoader.h"
#include "core/planning/PlanResult.h"
#include "core/project/ProjectData.h"

namespace npufleet::planning {

// How well a model sits on a set of NPUs: what the board paints while dragging.
enum class Fit { Fits, Tight, NoFit };

// A set of devices with the best layout the planner finds for a deployment on it.
struct PlacementChoice
{
    Fit fit = Fit::NoFit;
    QList<project::Placement> placement;
    std::optional<PlanResult> plan; // the best layout, fitting or not
    QString reason; // one line for a tooltip or a problems list

    int npus() const;
    project::Layout layout() const;
};

// Evaluates deployments on device sets; loads each model once and keeps the reports it computed.
class PlacementEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::planning::PlacementEvaluator)

public:
    // Fewer max-length requests than this at once (over all DP groups) is "tight".
    static constexpr double kTightConcurrency = 4.0;

    explicit PlacementEvaluator(const project::ProjectData& data);

    // The best layout of the deployment's model on exactly these devices. Nodes with different
    // counts are trimmed to the smallest count (the planner models equal nodes).
    PlacementChoice evaluate(const project::Deployment& deployment, QList<project::Placement> devices) const;
    static Fit fitOf(const PlanResult& result);

    // The model a deployment names, loaded from its source (folder, catalog); cached by model id.
    Result<model::LoadedModel> model(const QString& modelId) const;
    const project::ProjectData& data() const { return m_data; }

private:
    const project::ProjectData& m_data;
    mutable QHash<QString, model::LoadedModel> m_models;
    mutable QHash<QString, QString> m_errors; // model id -> why it cannot be loaded
    mutable QHash<QString, PlacementChoice> m_choices; // by model, options and shape
};

} // namespace npufleet::planning
