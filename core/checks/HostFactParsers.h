// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>

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

} // namespace npufleet::checks
