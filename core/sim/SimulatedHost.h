// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>
#include <optional>

#include "core/cluster/Node.h"
#include "core/remote/CommandIntent.h"
#include "core/sim/NodeReply.h"

namespace npufleet::sim {

// A recorded output of a real machine, by file name (empty when there is none).
using Recording = std::function<QByteArray(const QString& name)>;

// What a demo node answers to the inventory and the pre-flight: host facts, npu-smi, the NPU network
// (hccn_tool, hccn.conf), Docker, listening ports, the model folder. Ascend answers are filled from
// templates among the recordings, with each NPU's address derived from the node's host address (NPU i of
// every node on plane 192.168.(100+i).0/24), so that nodes, hccn.conf and pings agree. Nothing for other kinds.
std::optional<NodeReply>
answerHost(const cluster::Node& node, const remote::CommandIntent& intent, const Recording& recorded);

} // namespace npufleet::sim
