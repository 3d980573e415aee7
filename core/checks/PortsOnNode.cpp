// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/PortsOnNode.h"

#include "core/remote/Transport.h"

namespace npufleet::checks {

namespace {
constexpr int kTimeoutMs = 15'000;
}

Result<QList<ListeningPort>>
PortsOnNode::read(remote::Transport& transport, const cluster::Node& node, const std::atomic_bool& cancel)
{
    const remote::ExecResult r = transport.execute(node,
                                                   {QStringLiteral("ss -ltnpH"),
                                                    kTimeoutMs,
                                                    {},
                                                    true,
                                                    remote::CommandIntent::of(remote::CommandKind::TcpListeners)},
                                                   cancel);
    if (!r.succeeded()) {
        Error e;
        e.node = node.name;
        const QString err = QString::fromUtf8(r.standardError).trimmed();
        e.message = tr("cannot list the listening ports on %1: %2")
                        .arg(node.name,
                             !err.isEmpty()            ? err
                                 : r.message.isEmpty() ? tr("exit status %1").arg(r.exitStatus)
                                                       : r.message);
        return e;
    }
    return parseListeningPorts(r.standardOutput);
}

std::optional<ListeningPort> PortsOnNode::holder(const QList<ListeningPort>& listening, int port)
{
    for (const ListeningPort& lp : listening) {
        if (lp.port == port)
            return lp;
    }
    return std::nullopt;
}

} // namespace npufleet::checks
