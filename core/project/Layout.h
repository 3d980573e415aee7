// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace npufleet::project {

// One way to spread a model over NPUs: TP x PP x DP ranks, experts split by EP or by TP slices.
// The one layout type: the project stores it, the planner ranks it, the board and the recipes use it.
struct Layout
{
    int tp = 1;
    int pp = 1;
    int dp = 1;
    bool ep = false;
    int npus() const { return tp * pp * dp; }
    friend bool operator==(const Layout&, const Layout&) = default;
};

} // namespace npufleet::project
