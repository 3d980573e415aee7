// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/PlanSpeed.h"

#include <QDate>

#include "core/planning/Planner.h"

namespace npufleet::ui {

const bench::BenchResult* newestRunOf(const QList<bench::BenchResult>& runs, const QString& deployment)
{
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        if (!deployment.isEmpty() && it->label == deployment && it->completed > 0)
            return &*it;
    }
    return nullptr;
}

PlanSpeed computePlanSpeed(const planning::Planner& planner,
                           const planning::PlanReport& report,
                           const project::ProjectData& data,
                           const QString& deployment,
                           const QList<bench::BenchResult>& runs)
{
    PlanSpeed out;
    out.curves = planning::speedCurves(planner, report.plans, report.options.workload);
    const bench::BenchResult* run = newestRunOf(runs, deployment);
    if (!run)
        return out;
    out.runName = run->date.isEmpty() ? run->displayName() : run->date;
    const Result<planning::Measured> measured = planning::Calibrator::measure(*run, out.runName);
    if (!measured) {
        out.calibrationError = measured.error().message;
        return out;
    }
    Result<planning::CalibrationReport> compared = planning::Calibrator::compare(
        data, deployment, *measured, out.runName, QDate::currentDate().toString(Qt::ISODate));
    if (!compared)
        out.calibrationError = compared.error().message;
    else
        out.calibration = std::move(*compared);
    return out;
}

} // namespace npufleet::ui
