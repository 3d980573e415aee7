// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "core/model/ModelLoader.h"
#include "core/planning/MemoryEstimator.h"
#include "core/planning/PerformanceModel.h"
#include "core/planning/PlanResult.h"
#include "core/util/Result.h"

namespace npufleet::planning {

// Enumerates the TP x PP x DP (x EP) layouts of a cluster for a model, evaluates their memory per
// NPU, predicts their speed at the options' workload and ranks them: layouts that fit first, then by
// the objective (Ranking.h).
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::planning::Planner)

public:
    Planner(const model::LoadedModel& model, const PlanOptions& options);

    // Errors are bad input (options out of range, a given layout larger than the cluster).
    Result<PlanReport> run() const;

    // Every layout that uses all NPUs and that the engine accepts for this model.
    QList<Layout> candidateLayouts() const;
    // Why the engine would refuse a layout; empty when it is valid.
    QStringList layoutProblems(const Layout& layout) const;
    PlanResult evaluate(const Layout& layout) const;
    ModelSummary summary() const;

    const MemoryEstimator& estimator() const { return m_estimator; }
    const PerformanceModel& performance() const { return m_performance; }
    // A layout's speed at another workload (the Plan panel's chart); invalid when it does not fit.
    Prediction predict(const PlanResult& result, const Workload& workload) const;
    // Rough decode step time in microseconds the demo simulator paces its replies with.
    double communicationCost(const Layout& layout) const;

private:
    QString reasonFor(const PlanResult& result) const;

    model::LoadedModel m_model;
    PlanOptions m_options;
    MemoryEstimator m_estimator;
    PerformanceModel m_performance;
};

} // namespace npufleet::planning
