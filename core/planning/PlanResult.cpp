// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/PlanResult.h"

#include "core/planning/Units.h"

namespace npufleet::planning {

double PlanResult::weightsGib() const
{
    return memory.weightBytes / kGiB;
}

double PlanResult::kvCacheGib() const
{
    return qMax(0.0, memory.kvBudgetBytes) / kGiB;
}

double PlanResult::shortGib() const
{
    return memory.shortBytes / kGiB;
}

bool PlanReport::anyFits() const
{
    for (const PlanResult& p : plans) {
        if (p.fits())
            return true;
    }
    return false;
}

} // namespace npufleet::planning
