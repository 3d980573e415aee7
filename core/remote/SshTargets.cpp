// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/SshTargets.h"

#include <QCoreApplication>
#include <algorithm>

#include "core/project/DemoProjects.h"
#include "core/remote/RemoteText.h"
#include "core/remote/SshHostList.h"
#include "core/sim/SimulatedTransport.h"

namespace npufleet::remote {

namespace {
} // namespace

Result<RemoteTargets> resolveRemoteTargets(const RemoteTargetSpec& spec, QStringList* warnings)
{
    RemoteTargets targets;
    if (!spec.hosts.isEmpty()) {
        auto nodes = parseHostList(spec.hosts);
        if (!nodes)
            return nodes.error();
        targets.nodes = *nodes;
    } else {
        auto project = project::openProjectSpec(spec.project, warnings);
        if (!project)
            return project.error();
        if (project->demo) {
            // Demo nodes carry a real lab's addresses: the simulator answers, no socket is opened.
            targets.transport = std::make_shared<sim::SimulatedTransport>(project::demoSimulationFolder());
        }
        for (const cluster::Node& node : project->nodes) {
            if (spec.nodeNames.isEmpty() || spec.nodeNames.contains(node.name))
                targets.nodes.append(node);
        }
        for (const QString& name : spec.nodeNames) {
            const bool known = std::any_of(project->nodes.cbegin(), project->nodes.cend(),
                                           [&](const cluster::Node& node) { return node.name == name; });
            if (!known) {
                Error error;
                error.message = RemoteText::tr("the project has no node named '%1'").arg(name);
                error.file = spec.project;
                return error;
            }
        }
    }
    if (targets.nodes.isEmpty()) {
        Error error;
        error.message = RemoteText::tr("no node to run on");
        error.file = spec.project;
        return error;
    }
    if (!targets.transport) {
        targets.ssh = std::make_shared<SshTransport>(spec.ssh);
        targets.transport = targets.ssh;
    }
    return targets;
}

int execExitCode(const ExecResult& result)
{
    if (result.status != ExecStatus::Ok || result.exitStatus < 0 || result.exitStatus > 255)
        return 255;
    return result.exitStatus;
}

} // namespace npufleet::remote
