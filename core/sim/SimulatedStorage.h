// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <optional>

#include "core/cluster/Node.h"
#include "core/remote/CommandIntent.h"
#include "core/sim/NodeReply.h"

namespace npufleet::sim {

// The part of a demo cluster that NFS set-up touches: each node's /etc/exports and /etc/fstab, and
// the share itself (probe files written on a client appear on the server). Enough state for the NFS
// wizard's apply, verify and undo to behave on a demo as they would on real nodes, twice in a row.
class SimulatedStorage
{
public:
    // An answer for the storage commands (reading and writing files, the share, mounts); nothing for
    // other kinds. `input` is the command's standard input (a file's new content).
    std::optional<NodeReply>
    answer(const cluster::Node& node, const remote::CommandIntent& intent, const QByteArray& input);

private:
    QByteArray& file(const QString& node, const QString& path);

    QMutex m_mutex;
    QHash<QString, QHash<QString, QByteArray>> m_files; // node → path → content
    QHash<QString, QByteArray> m_share; // probe file name → content
};

} // namespace npufleet::sim
