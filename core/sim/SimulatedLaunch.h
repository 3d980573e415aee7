// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "core/cluster/Node.h"
#include "core/remote/CommandIntent.h"
#include "core/sim/NodeReply.h"

namespace npufleet::sim {

// Answers the launch and stop steps of demo deployments (Docker checks, pulls, runs and removals, swarm
// tokens, the waits for /health, placing files), so that a demo launch runs through with plausible output.
// Nothing for any other kind.
std::optional<NodeReply> simulateLaunch(const cluster::Node& node, const remote::CommandIntent& intent);

} // namespace npufleet::sim
