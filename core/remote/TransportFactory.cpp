// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/TransportFactory.h"

#include "core/project/DemoProjects.h"
#include "core/remote/SimulatedTransport.h"

namespace npufleet::remote {

std::shared_ptr<Transport> transportFor(const project::ProjectData& project)
{
    if (project.demo)
        return std::make_shared<SimulatedTransport>(project::demoSimulationFolder());
    return nullptr;
}

} // namespace npufleet::remote
