// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "core/planning/PlanResult.h"

namespace npufleet::planning {

// Renders a plan report the way `npufleet plan` prints it (JSON fields per ARCHITECTURE.md).
class PlanFormatter
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::planning::PlanFormatter)

public:
    static QJsonObject toJson(const PlanReport& report);
    // maxRows: 0 = all plans.
    static QString toTable(const PlanReport& report, int maxRows = 0);
};

} // namespace npufleet::planning
