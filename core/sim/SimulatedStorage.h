// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <optional>

#include "core/cluster/Node.h"

namespace npufleet::sim {

// The part of a demo cluster that NFS set-up touches: each node's /etc/exports and /etc/fstab, and
// the share itself (probe files written on a client appear on the server). Enough state for the NFS
// wizard's apply, verify and undo to behave on a demo as they would on real nodes, twice in a row.
class SimulatedStorage
{
public:
    struct Reply
    {
        int exitStatus = 0;
        QByteArray standardOutput;
        QByteArray standardError;
    };

    // An answer for the storage commands it knows; nothing for any other command.
    std::optional<Reply> answer(const cluster::Node& node, const QString& command, const QByteArray& input);

private:
    QByteArray& file(const QString& node, const QString& path);

    QMutex m_mutex;
    QHash<QString, QHash<QString, QByteArray>> m_files; // node → path → content
    QHash<QString, QByteArray> m_share; // probe file name → content
};

} // namespace npufleet::sim
