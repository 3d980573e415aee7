// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/PlanOutcome.h"

#include <QElapsedTimer>
#include <algorithm>

#include "core/planning/Planner.h"

#include "ui/plan/PlanTableModel.h"

namespace npufleet::ui {

namespace {

// Everything that changes the plan; live updates that change none of it do not re-plan.
QString inputKey(const project::ProjectData& data,
                 const QString& deployment,
                 const planning::PlanInput& input,
                 const PlanRequest& request)
{
    const bench::BenchResult* run = newestRunOf(request.runs, deployment);
    const planning::PlanOptions& o = input.options;
    const project::ModelSource* source = nullptr;
    if (const int i = data.deploymentIndex(deployment); i >= 0)
        source = data.model(data.deployments.at(i).model);
    return QStringList {deployment,
                        input.error,
                        PlanTableModel::layoutText(input.current),
                        input.npuLabels.join(QLatin1Char(',')),
                        QString::number(o.nodes),
                        QString::number(o.npusPerNode),
                        QString::number(o.hbmGib),
                        QString::number(o.maxModelLen),
                        QString::number(o.gpuMemoryUtilization),
                        QString::number(int(o.quant)),
                        QString::number(int(o.platform)),
                        o.chip,
                        QString::number(o.workload.maxNumSeqs),
                        QString::number(o.workload.concurrency),
                        QString::number(o.workload.inputLen),
                        QString::number(o.workload.outputLen),
                        planning::objectiveKey(o.objective),
                        QString::number(o.speedCorrection, 'g', 17),
                        run ? run->date + run->label + QString::number(run->outputThroughput, 'g', 17) : QString(),
                        source ? source->path + source->catalog + source->hubId : QString()}
        .join(QLatin1Char('|'));
}

} // namespace

// Runs in the thread pool on a copy of the project: reads the model, plans every layout.
PlanOutcome
computePlan(const project::ProjectData& data, const QString& deployment, bool wholeNodes, const PlanRequest& request)
{
    QElapsedTimer clock;
    clock.start();
    PlanOutcome out;
    out.deployment = deployment;
    out.input = planning::PlanInputResolver::resolve(data, deployment, wholeNodes);
    planning::PlanOptions& o = out.input.options;
    o.workload.concurrency = request.workload.concurrency;
    o.workload.inputLen = request.workload.inputLen;
    o.workload.outputLen = request.workload.outputLen;
    o.objective = request.objective;
    // The board's verdict on the deployment as it stands: the header never says "fits" beside an error.
    // The model is read once, here: its heads go to the rules; memory over budget is the plan's own verdict.
    if (const int i = data.deploymentIndex(deployment); i >= 0) {
        const project::Deployment& d = data.deployments.at(i);
        const int heads = out.input.model ? out.input.model->spec.numHeads : 0;
        out.errors = deployment::errorsOf(deployment::checkDeployment(data, d, heads)
                                          + deployment::checkMemoryInUse(data, d, d.placement));
    }
    out.key = inputKey(data, deployment, out.input, request);
    for (const deployment::RuleViolation& v : std::as_const(out.errors))
        out.key += QLatin1Char('|') + v.message;
    if (deployment.isEmpty() || !out.input.error.isEmpty())
        return out;
    planning::Planner planner(*out.input.model, out.input.options);
    Result<planning::PlanReport> report = planner.run();
    if (!report) {
        out.error = report.error().message;
        return out;
    }
    out.plans = report->plans;
    // The deployment's own layout is always listed, even when it leaves NPUs idle or needs more.
    const project::Layout current = out.input.current;
    const bool listed = std::any_of(out.plans.cbegin(), out.plans.cend(),
                                    [&](const planning::PlanResult& p) { return p.layout == current; });
    if (!listed && current.npus() > 0)
        out.plans << planner.evaluate(current);
    out.speed = computePlanSpeed(planner, *report, data, deployment, request.runs);
    out.report = std::move(*report);
    out.ms = double(clock.nsecsElapsed()) / 1e6;
    return out;
}

} // namespace npufleet::ui
