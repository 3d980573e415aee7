// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace npufleet::project {

// The project file of a simulated fleet of `nodes` Atlas servers (demo:fleet-64, demo:fleet-256): racks of
// 16, every fourth node an 800T A2 with 64 GB NPUs, each node's recording varied by its own seed, a few
// nodes with an NPU alarm and a few unreachable. Written as YAML so the fleet is read like any project.
QByteArray fleetProjectYaml(int nodes);

// The node count of a fleet demo name ("fleet-64" → 64), or 0 when the name is not one.
int fleetDemoSize(const QString& name);

} // namespace npufleet::project
