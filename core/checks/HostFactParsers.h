// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace npufleet::checks {

struct ListeningPort
{
    int port = 0;
    QString address; // "0.0.0.0", "*", "[::]"
    QString process; // "dockerd" when ss could name it (-p as root), else empty
};

// `ss -ltnp[H]`: the local port of each listening socket; header lines and odd lines are skipped.
QList<ListeningPort> parseListeningPorts(QByteArrayView text);

// `find DIR -type f -printf '%P\t%s\n'`: relative path -> size in bytes.
QMap<QString, qint64> parseFileListing(QByteArrayView text);

// ascend_toolkit_install.info (key=value lines: package_name, version, innerversion, arch, path, ...):
// the first version= value, "8.1.RC1". Nothing when there is none.
std::optional<QString> cannVersion(QByteArrayView text);

// A size as docker run takes it for --shm-size and --memory: a number, optionally with a unit
// b/k/m/g/t/p (any case, optionally followed by "b" or "ib"; all binary multiples). Bare numbers are bytes.
std::optional<qint64> parseDockerSize(const QString& text);

} // namespace npufleet::checks
