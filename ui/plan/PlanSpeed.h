// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

#include "core/bench/BenchResult.h"
#include "core/planning/Calibrate.h"
#include "core/planning/SpeedCurves.h"

namespace npufleet::planning {
class Planner;
struct PlanReport;
} // namespace npufleet::planning

namespace npufleet::ui {

// What the Plan panel shows about speed besides the table, computed with the plan on the thread pool:
// the chart's curves of the top three layouts, and the deployment's newest benchmark run of the session
// against the prediction for its layout.
struct PlanSpeed
{
    QList<planning::SpeedCurve> curves;
    QString runName; // the run compared, empty when the deployment has none
    std::optional<planning::CalibrationReport> calibration;
    QString calibrationError; // why the run cannot be compared
};

// The newest run labelled with the deployment's name (as the Benchmark panel and npufleet bench --project
// label them), or nullptr.
const bench::BenchResult* newestRunOf(const QList<bench::BenchResult>& runs, const QString& deployment);

PlanSpeed computePlanSpeed(const planning::Planner& planner,
                           const planning::PlanReport& report,
                           const project::ProjectData& data,
                           const QString& deployment,
                           const QList<bench::BenchResult>& runs);

} // namespace npufleet::ui
