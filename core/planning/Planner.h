// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "core/model/ModelLoader.h"
#include "core/planning/MemoryEstimator.h"
#include "core/planning/PlanResult.h"
#include "core/util/Result.h"

namespace npufleet::planning {

// Enumerates the TP x PP x DP (x EP) layouts of a cluster for a model, evaluates their memory per
// NPU and ranks them: layouts that fit first, then KV capacity, then communication cost.
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

private:
    double communicationCost(const Layout& layout) const;
    QString reasonFor(const PlanResult& result) const;

    model::LoadedModel m_model;
    PlanOptions m_options;
    MemoryEstimator m_estimator;
};

} // namespace npufleet::planning
