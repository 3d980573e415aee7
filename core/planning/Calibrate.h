// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

#include "core/bench/BenchResult.h"
#include "core/planning/Prediction.h"
#include "core/planning/Workload.h"
#include "core/project/ProjectData.h"
#include "core/util/Result.h"

namespace npufleet::planning {

// What a benchmark run measured, and the workload it ran (docs/planner.md, "Calibration").
struct Measured
{
    Workload workload; // concurrency and mean input / output tokens of the completed requests
    double outputTokS = 0;
    std::optional<double> ttftMs; // mean, when the result has it
    std::optional<double> tpotMs;
};

// A deployment's measured speed beside the planner's prediction for its layout at the same workload.
struct CalibrationReport
{
    QString deployment;
    project::Layout layout;
    QString chip; // ChipSpecs key the prediction used
    project::Engine engine = project::Engine::VllmAscend;
    Measured measured;
    Prediction predicted; // without any correction
    std::optional<double> previous; // the correction the project held for this chip and engine
    project::Calibration entry; // what is stored: speed_correction = measured / predicted output tok/s
};

class Calibrator
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::planning::Calibrator)

public:
    // The workload and figures of a run; file names the result in errors.
    static Result<Measured> measure(const bench::BenchResult& result, const QString& file);
    // The deployment a result belongs to: the one given, else the run's label when it names one
    // (npufleet bench --project labels its runs so), else the project's only deployment.
    static Result<QString>
    deploymentFor(const project::ProjectData& data, const QString& given, const bench::BenchResult& result);
    // Predicts the deployment's layout at the measured workload and compares. measuredFrom and date
    // go into the entry.
    static Result<CalibrationReport> compare(const project::ProjectData& data,
                                             const QString& deployment,
                                             const Measured& measured,
                                             const QString& measuredFrom,
                                             const QString& date);

    // The correction stored for a chip (a key or a name npu-smi prints) and engine, if any.
    static std::optional<project::Calibration>
    find(const QList<project::Calibration>& list, const QString& chip, project::Engine engine);
    // The list with entry in place of the one for the same chip and engine (its unknown keys kept), or added.
    static QList<project::Calibration> with(QList<project::Calibration> list, const project::Calibration& entry);

    static QString toText(const CalibrationReport& report);
    static QJsonObject toJson(const CalibrationReport& report);
};

} // namespace npufleet::planning
