// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/Ranking.h"

#include <algorithm>
#include <cmath>

namespace npufleet::planning {

double objectiveScore(const Prediction& p, Objective objective)
{
    if (!p.valid)
        return 0;
    switch (objective) {
    case Objective::Throughput:
        return p.outputTokS;
    case Objective::Latency:
        return p.e2eMs > 0 ? 1.0 / p.e2eMs : 0;
    case Objective::Balanced:
        return std::sqrt(p.outputTokS * p.perUserTokS);
    }
    return 0;
}

void rankPlans(QList<PlanResult>& plans, Objective objective, bool moe)
{
    const auto byScore = [objective](const PlanResult& a, const PlanResult& b) {
        if (a.fits() != b.fits())
            return a.fits();
        if (!a.fits())
            return a.memory.shortBytes < b.memory.shortBytes;
        return objectiveScore(a.predicted, objective) > objectiveScore(b.predicted, objective);
    };
    const auto byPreference = [moe, objective](const PlanResult& a, const PlanResult& b) {
        if (a.nodes != b.nodes)
            return a.nodes < b.nodes;
        if (a.tpCrossesNodes != b.tpCrossesNodes)
            return !a.tpCrossesNodes;
        if (moe && a.layout.ep != b.layout.ep)
            return a.layout.ep;
        return objectiveScore(a.predicted, objective) > objectiveScore(b.predicted, objective);
    };
    std::stable_sort(plans.begin(), plans.end(), byScore);
    // Runs of near-equal scores, each measured from its best member, ordered by preference.
    auto begin = plans.begin();
    while (begin != plans.end() && begin->fits()) {
        const double best = objectiveScore(begin->predicted, objective);
        auto end = std::find_if(begin, plans.end(), [&](const PlanResult& p) {
            return !p.fits() || objectiveScore(p.predicted, objective) < best * (1.0 - kTieShare);
        });
        std::stable_sort(begin, end, byPreference);
        begin = end;
    }
}

} // namespace npufleet::planning
