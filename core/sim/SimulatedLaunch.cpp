// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/SimulatedLaunch.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace npufleet::sim {

namespace {

// Stable per node and command, so that a demo shows the same ids every time.
QByteArray hexId(const cluster::Node& node, const QString& command)
{
    return QCryptographicHash::hash((node.name + QLatin1Char('\n') + command).toUtf8(), QCryptographicHash::Sha256)
        .toHex();
}

// What else a recipe asks of Docker. Narrow on purpose: other commands (docker ps, logs) stay unanswered.
bool isRecipeDockerStep(const QString& cmd)
{
    for (const char* verb : {"docker swarm ", "docker stack ", "docker exec ", "docker rm ", "docker stop ",
                             "docker network create ", "docker service "}) {
        if (cmd.startsWith(QLatin1String(verb)))
            return true;
    }
    // Guarded scripts: "if docker …; then …; fi", "if ! docker info … | grep …; then docker swarm …".
    return (cmd.startsWith(QLatin1String("if ")) || cmd.startsWith(QLatin1String("until ")))
        && cmd.contains(QLatin1String("docker"));
}

} // namespace

std::optional<SimulatedStorage::Reply>
simulateLaunch(const cluster::Node& node, const QString& command, const QByteArray& input)
{
    Q_UNUSED(input)
    SimulatedStorage::Reply reply;
    const QString cmd = command.trimmed();
    // Secrets arrive as "IFS= read -r VAR && export VAR && ( … )": answer the command inside.
    static const QRegularExpression secretPrefix(
        QStringLiteral(R"(^(?:IFS= read -r \w+ && export \w+ && )+\( (.*) \)$)"),
        QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch m = secretPrefix.match(cmd); m.hasMatch())
        return simulateLaunch(node, m.captured(1), {});

    if (cmd.startsWith(QLatin1String("docker info"))) {
        reply.standardOutput = "24.0.9\n";
    } else if (cmd.startsWith(QLatin1String("docker image inspect")) || cmd.startsWith(QLatin1String("docker pull"))) {
        reply.standardOutput = "sha256:" + hexId(node, cmd.section(QLatin1Char(' '), 3, 3)) + '\n';
    } else if (cmd.startsWith(QLatin1String("if docker container inspect"))) {
        reply.standardOutput = {}; // no container of an earlier run
    } else if (cmd.startsWith(QLatin1String("docker run"))) {
        reply.standardOutput = hexId(node, cmd) + '\n';
    } else if (cmd.contains(QLatin1String("swarm join-token"))) {
        reply.standardOutput = "SWMTKN-1-" + hexId(node, cmd).left(50) + '-' + hexId(node, {}).left(25) + '\n';
    } else if (cmd.contains(QLatin1String("gpustack/token"))) {
        reply.standardOutput = hexId(node, cmd).left(32) + '\n';
    } else if (cmd.startsWith(QLatin1String("mkdir -p")) && cmd.contains(QLatin1String("cat > "))) {
        reply.standardOutput = {};
    } else if (cmd.startsWith(QLatin1String("timeout "))
               && (cmd.contains(QLatin1String("curl")) || cmd.contains(QLatin1String("docker")))) {
        reply.standardOutput = {}; // the wait is over: the server answers, the Ray nodes joined
    } else if (isRecipeDockerStep(cmd)) {
        reply.standardOutput = {}; // swarm init / join, stack deploy, exec, rm: it worked
    } else {
        return std::nullopt;
    }
    return reply;
}

} // namespace npufleet::sim
