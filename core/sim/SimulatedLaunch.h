// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

#include "core/cluster/Node.h"
#include "core/sim/SimulatedStorage.h"

namespace npufleet::sim {

// Answers the launch and stop commands of demo projects (docker info / pull / run / rm, swarm tokens,
// the wait for /health, placing files), so that a demo launch runs through with plausible output.
// Nothing for any other command.
std::optional<SimulatedStorage::Reply>
simulateLaunch(const cluster::Node& node, const QString& command, const QByteArray& input);

} // namespace npufleet::sim
