// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoInventory.h"

#include <QFile>

#include "core/cluster/NpuSmiParser.h"
#include "core/project/DemoProjects.h"

namespace npufleet::test {

project::ProjectData withRecordedInventory(project::ProjectData data)
{
    for (cluster::Node& n : data.nodes) {
        QFile f(QStringLiteral(":/demo/sim/") + n.simulation);
        if (n.simulation.isEmpty() || !f.open(QIODevice::ReadOnly))
            continue;
        if (const Result<cluster::NpuSmiReport> report = cluster::parseNpuSmiInfo(f.readAll()))
            n.live.accelerators = report->accelerators;
    }
    return data;
}

project::ProjectData demoWithInventory(const QString& demo)
{
    const Result<project::ProjectData> data = project::loadDemo(demo);
    return data ? withRecordedInventory(*data) : project::ProjectData {};
}

} // namespace npufleet::test
