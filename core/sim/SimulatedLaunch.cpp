// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/SimulatedLaunch.h"

#include <QCryptographicHash>

namespace npufleet::sim {

using remote::CommandKind;

namespace {

// Stable per node and subject, so that a demo shows the same ids every time.
QByteArray hexId(const cluster::Node& node, const QString& subject)
{
    return QCryptographicHash::hash((node.name + QLatin1Char('\n') + subject).toUtf8(), QCryptographicHash::Sha256)
        .toHex();
}

} // namespace

std::optional<NodeReply> simulateLaunch(const cluster::Node& node, const remote::CommandIntent& intent)
{
    NodeReply reply;
    switch (intent.kind) {
    case CommandKind::DockerCheck:
        reply.standardOutput = "24.0.9\n";
        return reply;
    case CommandKind::PullImage:
        reply.standardOutput = "sha256:" + hexId(node, intent.value) + '\n';
        return reply;
    case CommandKind::RunContainer:
        reply.standardOutput = hexId(node, intent.value) + '\n';
        return reply;
    case CommandKind::PrintJoinToken:
        reply.standardOutput
            = "SWMTKN-1-" + hexId(node, QStringLiteral("join-token")).left(50) + '-' + hexId(node, {}).left(25) + '\n';
        return reply;
    case CommandKind::PrintToken:
        reply.standardOutput = hexId(node, QStringLiteral("token")).left(32) + '\n';
        return reply;
    case CommandKind::RemoveContainer: // no container of an earlier run
    case CommandKind::PlaceFile:
    case CommandKind::WaitReady: // the server answers, the Ray nodes joined
    case CommandKind::DockerAction: // swarm init / join, stack deploy, exec, rm: it worked
    case CommandKind::LaunchCheck:
        return reply;
    default:
        return std::nullopt;
    }
}

} // namespace npufleet::sim
