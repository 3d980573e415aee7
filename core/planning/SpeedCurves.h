// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "core/planning/PlanResult.h"
#include "core/planning/Workload.h"

namespace npufleet::planning {

class Planner;

// One layout's predicted speed at one number of users.
struct SpeedPoint
{
    int concurrency = 0;
    double outputTokS = 0;
    double ttftMs = 0;
    double tpotMs = 0;
};

// A layout's speed from one user up to the most its KV cache and --max-num-seqs serve at once.
struct SpeedCurve
{
    Layout layout;
    Prediction atWorkload; // at the workload's own concurrency: its limit is the layout's
    int maxConcurrency = 1; // KV-limited: over all DP groups
    QList<SpeedPoint> points; // ascending concurrency, the last at maxConcurrency
};

// The KV-limited number of requests a layout serves at once at a workload's lengths.
int kvLimitedConcurrency(const PlanResult& plan, const Workload& workload, int maxModelLen);

// The first `count` layouts of plans that fit, each predicted at up to maxPoints concurrencies spaced
// evenly on a log scale (1, 2, 3, 5, 8, … up to its maximum).
QList<SpeedCurve> speedCurves(const Planner& planner,
                              const QList<PlanResult>& plans,
                              const Workload& workload,
                              int count = 3,
                              int maxPoints = 24);

} // namespace npufleet::planning
