// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

#include "core/bench/BenchResult.h"
#include "core/deployment/Rules.h"
#include "core/planning/PlanInput.h"
#include "core/planning/PlanResult.h"

#include "ui/plan/PlanSpeed.h"

namespace npufleet::ui {

// What one re-plan found, computed away from the GUI thread (model folders are read from disk, maybe NFS).
struct PlanOutcome
{
    quint64 generation = 0;
    QString deployment;
    planning::PlanInput input;
    QString key;
    std::optional<planning::PlanReport> report;
    QList<planning::PlanResult> plans;
    PlanSpeed speed; // the chart's curves and the comparison with a benchmark run
    QString error;
    QList<deployment::RuleViolation> errors; // the deployment rules' errors, as the board shows them
    double ms = 0;
};

// What the panel asks for besides the project: the workload bar's traffic and objective, the session's runs.
struct PlanRequest
{
    planning::Workload workload;
    planning::Objective objective = planning::Objective::Throughput;
    QList<bench::BenchResult> runs;
};

// Runs in the thread pool on a copy of the project: reads the model, plans every layout, checks the rules.
PlanOutcome
computePlan(const project::ProjectData& data, const QString& deployment, bool wholeNodes, const PlanRequest& request);

} // namespace npufleet::ui
