// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recipes/ContainerNpus.h"

#include "core/recipes/RecipeSupport.h"

namespace npufleet::recipes {

QList<int> containerNumbering(qsizetype count)
{
    QList<int> ids;
    for (int i = 0; i < count; ++i)
        ids << i;
    return ids;
}

QList<int> giveNpus(ContainerSpec& spec, const cluster::Node& node, const QList<int>& npus, VisibleDevices visible)
{
    if (node.npuAccess == cluster::NpuAccess::AscendRuntime) {
        spec.runtime = QLatin1String(kAscendRuntime);
        spec.env << qMakePair(QStringLiteral("ASCEND_VISIBLE_DEVICES"), support::deviceList(npus));
    } else {
        addAscendDevices(spec, npus);
    }
    const QList<int> seen = containerNumbering(npus.size());
    if (visible == VisibleDevices::Set)
        spec.env << qMakePair(QStringLiteral("ASCEND_RT_VISIBLE_DEVICES"), support::deviceList(seen));
    return seen;
}

} // namespace npufleet::recipes
