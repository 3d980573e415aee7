// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "core/planning/MemoryEstimator.h"
#include "core/planning/PlanResult.h"

#include "ui/plan/NpuMemoryBars.h"
#include "core/planning/PlanInput.h"

namespace npufleet::ui {

// One bar per rank of the layout: its node and device from the placement (ranks beyond it are
// "not placed"), weights and graphs of its PP stage, and the KV tokens every stage keeps.
QList<NpuBar>
npuBarsFor(const planning::PlanResult& plan, const planning::MemoryEstimator& est, const planning::PlanInput& input);

} // namespace npufleet::ui
