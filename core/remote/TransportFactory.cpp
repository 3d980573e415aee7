// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/TransportFactory.h"

#include "core/project/DemoProjects.h"
#include "core/remote/SshTransport.h"
#include "core/sim/SimulatedTransport.h"

namespace npufleet::remote {

std::shared_ptr<Transport>
transportFor(const project::ProjectData& project, std::shared_ptr<CredentialsProvider> credentials, int maxHandshakes)
{
    SshTransportOptions options;
    options.credentials = std::move(credentials);
    options.maxHandshakes = maxHandshakes;
    return transportFor(project, std::move(options));
}

std::shared_ptr<Transport> transportFor(const project::ProjectData& project, SshTransportOptions options)
{
    // Demo nodes carry a real lab's private addresses: they must never be dialled.
    if (project.demo)
        return std::make_shared<sim::SimulatedTransport>(project::demoSimulationFolder());
    return std::make_shared<SshTransport>(std::move(options));
}

} // namespace npufleet::remote
