// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

#include "core/cluster/Node.h"
#include "core/remote/Transport.h"

namespace npufleet::remote {

// Asks one node what it has (hostname, accelerators, addresses) and parses the answers.
// Blocking: runs on a worker thread. A failing command becomes the node's status and message.
cluster::NodeLive probeNode(Transport& transport, const cluster::Node& node, const std::atomic_bool& cancel);

// The status a transport failure maps to.
cluster::NodeStatus statusFor(ExecStatus status);

} // namespace npufleet::remote
