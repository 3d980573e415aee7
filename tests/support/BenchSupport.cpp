// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include "core/project/DemoFleet.h"
#include "core/project/ProjectFile.h"

namespace npufleet::test {

int benchArgument(int argc, char** argv, int index, int fallback)
{
    return argc > index ? qBound(1, QString::fromLocal8Bit(argv[index]).toInt(), 4096) : fallback;
}

std::optional<project::ProjectData> benchFleet(int nodes, QTextStream& out)
{
    auto data = project::parseProject(project::fleetProjectYaml(nodes), QStringLiteral("fleet.yaml"));
    if (!data) {
        out << data.error().toString() << Qt::endl;
        return std::nullopt;
    }
    return *data;
}

} // namespace npufleet::test
