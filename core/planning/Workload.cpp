// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/Workload.h"

namespace npufleet::planning {

QString objectiveKey(Objective objective)
{
    switch (objective) {
    case Objective::Throughput:
        return QStringLiteral("throughput");
    case Objective::Latency:
        return QStringLiteral("latency");
    case Objective::Balanced:
        return QStringLiteral("balanced");
    }
    return QStringLiteral("throughput");
}

std::optional<Objective> objectiveFromKey(const QString& key)
{
    for (Objective o : {Objective::Throughput, Objective::Latency, Objective::Balanced}) {
        if (objectiveKey(o) == key)
            return o;
    }
    return std::nullopt;
}

} // namespace npufleet::planning
