// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ModelSpec.h"

namespace npufleet::model {

int ModelSpec::countMoeLayers() const
{
    int n = 0;
    for (bool moe : moeLayers)
        n += moe ? 1 : 0;
    return n;
}

int ModelSpec::dtypeBytes() const
{
    return torchDtype == QLatin1String("float32") ? 4 : 2;
}

} // namespace npufleet::model
