// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/Deployment.h"

namespace npufleet::project {

int Deployment::placedDevices() const
{
    int n = 0;
    for (const Placement& p : placement)
        n += int(p.devices.size());
    return n;
}

} // namespace npufleet::project
