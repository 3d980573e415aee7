// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/PlanCalibrate.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QJsonDocument>

#include "core/bench/BenchResult.h"
#include "core/planning/Calibrate.h"

#include "app/cli/CliIo.h"
#include "app/cli/ProjectEditing.h"

namespace npufleet::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::cli::PlanCommand)
};

} // namespace

int runPlanCalibrate(const QCommandLineParser& parser, const QString& verb)
{
    // The layout, the cluster and the workload come from the deployment and the run: options that would
    // say otherwise are refused rather than silently ignored.
    for (const char* other : {"model", "nodes", "npus-per-node", "hbm-gib", "tp", "pp", "dp", "ep", "concurrency",
                              "input-len", "output-len", "chip", "objective"}) {
        if (parser.isSet(QLatin1String(other)))
            return usageError(verb,
                              Text::tr("--calibrate takes the layout and workload from the deployment and the "
                                       "run: leave out --%1")
                                  .arg(QLatin1String(other)));
    }
    if (!parser.isSet(QStringLiteral("project")))
        return usageError(verb, Text::tr("--calibrate needs --project P.yaml: the correction is stored there"));
    const QString resultPath = parser.value(QStringLiteral("calibrate"));
    const QString projectPath = parser.value(QStringLiteral("project"));
    std::optional<project::ProjectData> data = editing::openForEditing(verb, projectPath);
    if (!data)
        return 2;
    const Result<bench::BenchResult> result = bench::loadResult(resultPath);
    if (!result)
        return inputError(result.error().toString());
    const Result<planning::Measured> measured = planning::Calibrator::measure(*result, resultPath);
    if (!measured)
        return inputError(measured.error().toString());
    const Result<QString> deployment
        = planning::Calibrator::deploymentFor(*data, parser.value(QStringLiteral("deployment")), *result);
    if (!deployment) {
        Error e = deployment.error();
        e.file = projectPath;
        return inputError(e.toString());
    }
    const Result<planning::CalibrationReport> report = planning::Calibrator::compare(
        *data, *deployment, *measured, QFileInfo(resultPath).fileName(), QDate::currentDate().toString(Qt::ISODate));
    if (!report) {
        Error e = report.error();
        if (e.file.isEmpty())
            e.file = projectPath;
        return inputError(e.toString());
    }
    data->calibrations = planning::Calibrator::with(data->calibrations, report->entry);
    if (!editing::save(verb, *data, projectPath))
        return 2;
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        out() << QString::fromUtf8(
            QJsonDocument(planning::Calibrator::toJson(*report)).toJson(QJsonDocument::Indented));
    } else {
        out() << planning::Calibrator::toText(*report);
        out() << Text::tr("Stored in %1; later plans of this project use it.").arg(projectPath) << Qt::endl;
    }
    out().flush();
    return 0;
}

} // namespace npufleet::cli
