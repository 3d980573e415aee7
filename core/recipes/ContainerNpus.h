// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "core/cluster/Node.h"
#include "core/recipes/ContainerSpec.h"

// The one rule by which every container export gives a container its NPUs (see ARCHITECTURE.md, recipes).
namespace npufleet::recipes {

// Whether the engine is told which NPUs to use through ASCEND_RT_VISIBLE_DEVICES. Inside a container the
// NPUs it was given are numbered 0..n-1, whichever host NPUs they are, so the variable is written in that
// numbering; an engine that takes device ids from its own config (MindIE) or finds them itself leaves it unset.
enum class VisibleDevices { Set, Unset };

// The NPU numbers a container given `count` NPUs sees: 0..count-1.
QList<int> containerNumbering(qsizetype count);

// Gives `spec` the host NPUs `npus` of `node` the node's way (cluster::NpuAccess):
// - Devices: --device /dev/davinciN lines for exactly those NPUs plus the driver mounts;
// - AscendRuntime: the runtime "ascend" and ASCEND_VISIBLE_DEVICES in host numbering; the runtime mounts the
//   devices and the driver, so no --device line is written.
// Returns the numbers the container sees (what config files inside it must name).
QList<int> giveNpus(ContainerSpec& spec, const cluster::Node& node, const QList<int>& npus, VisibleDevices visible);

// The runtime name the Ascend Docker Runtime registers in daemon.json.
inline const char* kAscendRuntime = "ascend";

} // namespace npufleet::recipes
