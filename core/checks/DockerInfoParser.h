// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace npufleet::checks {

// What `docker info` says about how containers get devices: the runtimes dockerd knows, the one it uses
// when none is named, and the generic resources the node offers to Swarm (daemon.json
// `node-generic-resources`; discrete kinds only, as a count).
struct DockerRuntimes
{
    QStringList runtimes; // "io.containerd.runc.v2", "runc", "ascend", ...
    QString defaultRuntime;
    QMap<QString, qint64> genericResources; // kind -> count ("NPU" -> 8)
};

// The command whose output parseDockerRuntimes reads: three lines, the runtimes as JSON, the default runtime,
// the generic resources as JSON.
QString dockerRuntimesCommand();
// Nothing when the first line is not a JSON object (docker too old, or not answering).
std::optional<DockerRuntimes> parseDockerRuntimes(QByteArrayView text);

} // namespace npufleet::checks
