// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "core/cluster/Node.h"
#include "core/recipes/LaunchPlan.h"

// How a Swarm node gives services their NPUs. `docker stack deploy` ignores `devices` (docker/cli's unsupported
// properties; moby/swarmkit#1244), so the NPUs come through the Ascend Docker Runtime as the node's default
// runtime, which mounts what the service's ASCEND_VISIBLE_DEVICES names; the node also offers its NPUs as a
// generic resource (kind NPU) that the stack reserves, so Swarm never places two services on the same NPUs'
// worth of a node.
namespace npufleet::recipes::swarm {

inline constexpr char kNpuKind[] = "NPU";
// Where the Ascend Docker Runtime's installer puts the runtime.
inline constexpr char kAscendRuntimePath[] = "/usr/local/Ascend/Ascend-Docker-Runtime/ascend-docker-runtime";

// The keys this node's /etc/docker/daemon.json needs: the runtime, as the default, and the NPUs it offers.
QByteArray daemonFragment(const cluster::Node& node);
// A script that merges the fragment next to it into /etc/docker/daemon.json (backup first, other keys kept) and
// restarts Docker only when something changed.
QByteArray applyScript();
// Check step: Docker's default runtime is the Ascend one and the node offers at least `npus` NPUs to Swarm.
Step checkRuntimeStep(const QString& node, const QString& applyFile, int npus);

} // namespace npufleet::recipes::swarm
