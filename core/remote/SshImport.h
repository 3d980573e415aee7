// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

#include "core/cluster/Node.h"
#include "core/remote/SshConfig.h"

namespace npufleet::project {
struct ProjectData;
}

namespace npufleet::remote {

// What an OpenSSH client config offers a project: a node per concrete host it does not have yet (by name
// or address), and a note per host left out and per line the reader could not follow.
struct SshNodeImport
{
    QList<cluster::Node> nodes;
    QList<SshHostEntry> hosts; // the entry each node came from, same order
    QStringList notes;
};

// Nodes declare the usual Atlas 800I A2 shape (8 × 910B4, 32 GB) until the first inventory refresh says
// what they have; the first node of an empty project becomes its head.
SshNodeImport nodesFromSshConfig(const SshConfigImport& config, const project::ProjectData& project);

} // namespace npufleet::remote
