// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/Calibrate.h"

#include <QJsonValue>
#include <QLocale>
#include <cmath>

#include "core/planning/ChipSpecs.h"
#include "core/planning/PlanInput.h"
#include "core/planning/Planner.h"
#include "core/util/InputLimits.h"

namespace npufleet::planning {

namespace {

Error fileError(const QString& file, const QString& message)
{
    Error e;
    e.file = file;
    e.message = message;
    return e;
}

std::optional<double> meanMs(const bench::BenchResult& r, const QString& metric, const QList<double>& seconds)
{
    if (r.metrics.contains(metric) && r.metrics.value(metric).mean > 0)
        return r.metrics.value(metric).mean;
    if (seconds.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (double s : seconds)
        sum += s;
    return sum / double(seconds.size()) * 1000.0;
}

QString chipKey(const QString& name)
{
    const ChipSpec* chip = findChip(name);
    return chip ? chip->key : name;
}

QJsonValue orNull(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

Result<Measured> Calibrator::measure(const bench::BenchResult& r, const QString& file)
{
    if (r.completed <= 0)
        return fileError(file, tr("no request of the run completed: there is no speed to compare"));
    if (!std::isfinite(r.outputThroughput) || r.outputThroughput <= 0)
        return fileError(file, tr("'output_throughput' is missing or not above 0"));
    if (r.totalOutputTokens <= 0 || r.totalInputTokens <= 0)
        return fileError(file, tr("'total_input_tokens' and 'total_output_tokens' must be above 0"));
    Measured m;
    m.outputTokS = r.outputThroughput;
    const auto perRequest = [&](qint64 total) {
        return int(std::clamp<double>(std::round(double(total) / r.completed), 1.0, limits::kMaxModelLen));
    };
    m.workload.inputLen = perRequest(r.totalInputTokens);
    m.workload.outputLen = perRequest(r.totalOutputTokens);
    // Users at once: the run's --max-concurrency; with none, all prompts at once at an unlimited rate,
    // else Little's law (requests/s x mean latency).
    double users = 0;
    if (r.maxConcurrency && *r.maxConcurrency > 0)
        users = std::min(*r.maxConcurrency, r.numPrompts > 0 ? r.numPrompts : *r.maxConcurrency);
    else if (std::isinf(r.requestRate))
        users = r.numPrompts > 0 ? r.numPrompts : r.completed;
    else if (const std::optional<double> e2el = meanMs(r, QStringLiteral("e2el"), r.latencies))
        users = r.requestThroughput * *e2el / 1000.0;
    if (!std::isfinite(users) || users < 0.5)
        return fileError(file,
                         tr("the result states neither 'max_concurrency' nor the latencies to tell how many "
                            "requests ran at once"));
    m.workload.concurrency = int(std::clamp<double>(std::round(users), 1.0, limits::kMaxConcurrency));
    m.ttftMs = meanMs(r, QStringLiteral("ttft"), r.successfulTtfts());
    m.tpotMs = meanMs(r, QStringLiteral("tpot"), r.tpots());
    return m;
}

Result<QString>
Calibrator::deploymentFor(const project::ProjectData& data, const QString& given, const bench::BenchResult& result)
{
    QStringList names;
    for (const project::Deployment& d : data.deployments)
        names << d.name;
    const auto unknown = [&](const QString& name) {
        Error e;
        e.message = tr("no deployment named '%1'").arg(name);
        e.hint = names.isEmpty() ? tr("the project has no deployments")
                                 : tr("the project has: %1").arg(names.join(QStringLiteral(", ")));
        return e;
    };
    if (!given.isEmpty())
        return data.deploymentIndex(given) >= 0 ? Result<QString>(given) : Result<QString>(unknown(given));
    if (!result.label.isEmpty() && data.deploymentIndex(result.label) >= 0)
        return result.label;
    if (names.size() == 1)
        return names.first();
    Error e;
    e.message = tr("the run's label does not name a deployment: choose one with --deployment");
    e.hint = names.isEmpty() ? tr("the project has no deployments")
                             : tr("the project has: %1").arg(names.join(QStringLiteral(", ")));
    return e;
}

Result<CalibrationReport> Calibrator::compare(const project::ProjectData& data,
                                              const QString& deployment,
                                              const Measured& measured,
                                              const QString& measuredFrom,
                                              const QString& date)
{
    const PlanInput in = PlanInputResolver::resolve(data, deployment, false);
    if (!in.error.isEmpty() || !in.model) {
        Error e;
        e.message = in.error;
        return e;
    }
    PlanOptions o = in.options;
    o.tp = in.current.tp;
    o.pp = in.current.pp;
    o.dp = in.current.dp;
    o.ep = in.current.ep;
    o.workload.concurrency = measured.workload.concurrency;
    o.workload.inputLen = measured.workload.inputLen;
    o.workload.outputLen = measured.workload.outputLen;
    o.speedCorrection = 1.0; // the model's own figure is what the run is compared with
    const Planner planner(*in.model, o);
    const Result<PlanReport> plan = planner.run();
    if (!plan)
        return plan.error();
    const project::Deployment& d = data.deployments.at(data.deploymentIndex(deployment));
    const QString layoutText = tr("TP%1 PP%2 DP%3%4")
                                   .arg(d.layout.tp)
                                   .arg(d.layout.pp)
                                   .arg(d.layout.dp)
                                   .arg(d.layout.ep ? tr(" EP") : QString());
    if (plan->plans.isEmpty() || !plan->plans.first().fits() || !plan->plans.first().predicted.valid) {
        Error e;
        e.message = tr("deployment '%1': its layout %2 does not fit its NPUs, so there is no prediction to compare "
                       "with")
                        .arg(deployment, layoutText);
        return e;
    }
    CalibrationReport r;
    r.deployment = deployment;
    r.layout = d.layout;
    r.chip = plan->chip;
    r.engine = d.engine;
    r.measured = measured;
    r.predicted = plan->plans.first().predicted;
    const double factor = measured.outputTokS / r.predicted.outputTokS;
    const double low = 1.0 / limits::kMaxSpeedCorrection;
    if (!std::isfinite(factor) || factor < low || factor > limits::kMaxSpeedCorrection) {
        Error e;
        e.message = tr("measured %1 output tokens/s against %2 predicted for %3: a factor outside %4 to %5 is no "
                       "measurement of this layout")
                        .arg(measured.outputTokS, 0, 'f', 1)
                        .arg(r.predicted.outputTokS, 0, 'f', 1)
                        .arg(layoutText)
                        .arg(low)
                        .arg(limits::kMaxSpeedCorrection);
        e.hint = tr("check that the run measured deployment '%1'").arg(deployment);
        return e;
    }
    if (const std::optional<project::Calibration> old = find(data.calibrations, r.chip, r.engine))
        r.previous = old->speedCorrection;
    r.entry.chip = r.chip;
    r.entry.engine = r.engine;
    r.entry.speedCorrection = factor;
    r.entry.measuredFrom = measuredFrom;
    r.entry.deployment = deployment;
    r.entry.date = date;
    return r;
}

std::optional<project::Calibration>
Calibrator::find(const QList<project::Calibration>& list, const QString& chip, project::Engine engine)
{
    const QString key = chipKey(chip);
    for (const project::Calibration& c : list) {
        if (c.engine == engine && chipKey(c.chip).compare(key, Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QList<project::Calibration> Calibrator::with(QList<project::Calibration> list, const project::Calibration& entry)
{
    const QString key = chipKey(entry.chip);
    for (project::Calibration& c : list) {
        if (c.engine == entry.engine && chipKey(c.chip).compare(key, Qt::CaseInsensitive) == 0) {
            const QVariantMap extra = c.extra;
            c = entry;
            for (auto it = extra.cbegin(); it != extra.cend(); ++it)
                c.extra.insert(it.key(), it.value());
            return list;
        }
    }
    list << entry;
    return list;
}

QString Calibrator::toText(const CalibrationReport& r)
{
    const QLocale locale;
    const auto number = [&](double v) { return locale.toString(v, 'f', 1); };
    const QString layout = tr("TP%1 PP%2 DP%3%4")
                               .arg(r.layout.tp)
                               .arg(r.layout.pp)
                               .arg(r.layout.dp)
                               .arg(r.layout.ep ? tr(" EP") : QString());
    QStringList lines;
    lines << tr("Deployment %1: %2, %3 on %4").arg(r.deployment, layout, project::engineKey(r.engine), r.chip);
    lines << tr("Workload: %1 users, %2 input and %3 output tokens per request")
                 .arg(r.measured.workload.concurrency)
                 .arg(r.measured.workload.inputLen)
                 .arg(r.measured.workload.outputLen);
    const auto row = [&](const QString& what, std::optional<double> measured, double predicted) {
        if (!measured)
            return tr("%1: predicted %2 (not in the result)").arg(what, number(predicted));
        return tr("%1: measured %2, predicted %3 (%4 x)")
            .arg(what, number(*measured), number(predicted), locale.toString(*measured / predicted, 'f', 2));
    };
    lines << row(tr("output tokens/s"), r.measured.outputTokS, r.predicted.outputTokS);
    lines << row(tr("TTFT ms"), r.measured.ttftMs, r.predicted.ttftMs);
    lines << row(tr("TPOT ms"), r.measured.tpotMs, r.predicted.tpotMs);
    QString correction
        = tr("Speed correction for %1 with %2: %3")
              .arg(r.chip, project::engineKey(r.engine), locale.toString(r.entry.speedCorrection, 'f', 3));
    if (r.previous)
        correction += tr(" (was %1)").arg(locale.toString(*r.previous, 'f', 3));
    lines << correction;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject Calibrator::toJson(const CalibrationReport& r)
{
    const QJsonObject layout {{QStringLiteral("tp"), r.layout.tp},
                              {QStringLiteral("pp"), r.layout.pp},
                              {QStringLiteral("dp"), r.layout.dp},
                              {QStringLiteral("ep"), r.layout.ep}};
    const QJsonObject workload {{QStringLiteral("concurrency"), r.measured.workload.concurrency},
                                {QStringLiteral("input_len"), r.measured.workload.inputLen},
                                {QStringLiteral("output_len"), r.measured.workload.outputLen}};
    const QJsonObject measured {{QStringLiteral("output_tok_s"), r.measured.outputTokS},
                                {QStringLiteral("ttft_ms"), orNull(r.measured.ttftMs)},
                                {QStringLiteral("tpot_ms"), orNull(r.measured.tpotMs)}};
    const QJsonObject predicted {{QStringLiteral("output_tok_s"), r.predicted.outputTokS},
                                 {QStringLiteral("ttft_ms"), r.predicted.ttftMs},
                                 {QStringLiteral("tpot_ms"), r.predicted.tpotMs},
                                 {QStringLiteral("concurrency"), r.predicted.concurrency},
                                 {QStringLiteral("limit"), r.predicted.limitText}};
    return {{QStringLiteral("deployment"), r.deployment},
            {QStringLiteral("layout"), layout},
            {QStringLiteral("chip"), r.chip},
            {QStringLiteral("engine"), project::engineKey(r.engine)},
            {QStringLiteral("workload"), workload},
            {QStringLiteral("measured"), measured},
            {QStringLiteral("predicted"), predicted},
            {QStringLiteral("speed_correction"), r.entry.speedCorrection},
            {QStringLiteral("previous_speed_correction"), orNull(r.previous)},
            {QStringLiteral("measured_from"), r.entry.measuredFrom},
            {QStringLiteral("date"), r.entry.date}};
}

} // namespace npufleet::planning
