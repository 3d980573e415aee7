// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/SshImport.h"

#include <QCoreApplication>

#include "core/project/ProjectData.h"

namespace npufleet::remote {

namespace {
struct SshImportText
{
    Q_DECLARE_TR_FUNCTIONS(SshImportText)
};
} // namespace

SshNodeImport nodesFromSshConfig(const SshConfigImport& config, const project::ProjectData& project)
{
    SshNodeImport out;
    QStringList knownHosts, knownNames;
    for (const cluster::Node& n : project.nodes) {
        knownHosts << n.host;
        knownNames << n.name;
    }
    for (const SshConfigNote& note : config.notes)
        out.notes << note.toString();
    for (const SshHostEntry& e : config.hosts) {
        if (knownHosts.contains(e.hostName) || knownNames.contains(e.alias)) {
            out.notes << SshImportText::tr("%1 is already in the project; skipped.").arg(e.alias);
            continue;
        }
        cluster::Node node;
        node.name = e.alias;
        node.host = e.hostName;
        node.user = e.user;
        node.port = e.port.value_or(22);
        node.identityFile = e.identityFiles.value(0);
        node.hardware.chip = QStringLiteral("910B4");
        node.hardware.acceleratorCount = 8;
        node.hardware.memoryMibPerAccelerator = 32 * 1024;
        knownHosts << node.host;
        knownNames << node.name;
        out.nodes << node;
        out.hosts << e;
    }
    if (project.nodes.isEmpty() && !out.nodes.isEmpty())
        out.nodes.first().role = cluster::NodeRole::Head;
    return out;
}

} // namespace npufleet::remote
