// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <atomic>
#include <optional>

#include "core/checks/HostFactParsers.h"
#include "core/cluster/Node.h"
#include "core/util/Result.h"

namespace npufleet::remote {
class Transport;
}

namespace npufleet::checks {

// The TCP ports a node listens on, asked with `ss -ltnpH` as Pre-flight's "Ports free" asks, so that a port can
// be checked while it is chosen. Blocking: call it off the GUI thread.
class PortsOnNode
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::checks::PortsOnNode)

public:
    static Result<QList<ListeningPort>>
    read(remote::Transport& transport, const cluster::Node& node, const std::atomic_bool& cancel);
    // Who listens on the port, when anyone does (ss lists it once per address family: the first).
    static std::optional<ListeningPort> holder(const QList<ListeningPort>& listening, int port);
};

} // namespace npufleet::checks
