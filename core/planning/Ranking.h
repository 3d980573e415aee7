// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "core/planning/PlanResult.h"

namespace npufleet::planning {

// How good a layout's prediction is for an objective; higher is better.
double objectiveScore(const Prediction& p, Objective objective);

// Sorts best first: layouts that fit (by the objective's score), then the others by how much they
// lack. Fitting layouts whose scores are within kTieShare of the best of their run tie, and the tie goes
// to fewer nodes, TP inside one node, EP for MoE models, then the better score.
void rankPlans(QList<PlanResult>& plans, Objective objective, bool moe);

inline constexpr double kTieShare = 0.02;

} // namespace npufleet::planning
