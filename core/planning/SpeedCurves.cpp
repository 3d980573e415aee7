// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/SpeedCurves.h"

#include <algorithm>
#include <cmath>

#include "core/planning/Planner.h"

namespace npufleet::planning {

int kvLimitedConcurrency(const PlanResult& plan, const Workload& workload, int maxModelLen)
{
    // As the performance model cuts the request to max-model-len and holds it at its full length.
    const int maxLen = std::max(2, maxModelLen);
    const int input = std::clamp(workload.inputLen, 1, maxLen - 1);
    const int output = std::clamp(workload.outputLen, 1, maxLen - input);
    const double perGroup = std::min(std::floor(double(plan.memory.kvTokens) / (input + output)),
                                     double(std::max(1, workload.maxNumSeqs)));
    return int(std::clamp(perGroup * plan.layout.dp, 1.0, 1e9));
}

QList<SpeedCurve>
speedCurves(const Planner& planner, const QList<PlanResult>& plans, const Workload& workload, int count, int maxPoints)
{
    QList<SpeedCurve> curves;
    const int maxModelLen = planner.estimator().maxModelLen();
    for (const PlanResult& plan : plans) {
        if (curves.size() >= count)
            break;
        if (!plan.fits() || !plan.predicted.valid)
            continue;
        SpeedCurve curve;
        curve.layout = plan.layout;
        curve.atWorkload = plan.predicted;
        curve.maxConcurrency = kvLimitedConcurrency(plan, workload, maxModelLen);
        // Log-spaced users, whole and distinct, the last the maximum.
        QList<int> users;
        const int steps = std::max(2, maxPoints);
        for (int i = 0; i < steps; ++i) {
            const int n = int(std::lround(std::pow(double(curve.maxConcurrency), double(i) / double(steps - 1))));
            if (users.isEmpty() || n > users.constLast())
                users << n;
        }
        if (users.constLast() != curve.maxConcurrency)
            users << curve.maxConcurrency;
        for (int n : std::as_const(users)) {
            Workload w = workload;
            w.concurrency = n;
            const Prediction p = planner.predict(plan, w);
            if (p.valid)
                curve.points << SpeedPoint {n, p.outputTokS, p.ttftMs, p.tpotMs};
        }
        curves << curve;
    }
    return curves;
}

} // namespace npufleet::planning
