// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <atomic>
#include <optional>

#include "core/remote/Transport.h"
#include "core/sim/SimulatedStorage.h"

namespace npufleet::sim {

// The nodes of demo projects: answers each request's intent (remote::CommandIntent) from recorded outputs of
// real machines and the state that NFS set-up and launches leave, so that a demo looks and behaves like a
// live cluster without ever opening a socket. The command text is never read: a request without an intent
// (a user's exec) is a command the node does not have (exit 127).
class SimulatedTransport final : public remote::Transport
{
public:
    // folder holds the recorded outputs that nodes name in their 'simulation' key.
    explicit SimulatedTransport(QString folder);

    remote::ExecResult execute(const cluster::Node& node,
                               const remote::ExecRequest& request,
                               const std::atomic_bool& cancel,
                               const remote::OutputSink& sink = {}) override;
    bool isSimulated() const override { return true; }
    // How long a node with the "silent" fault keeps a call waiting (as SSH's connect timeout would) when the
    // call's own timeout is longer.
    void setSilentWaitMs(int ms) { m_silentWaitMs = ms; }

private:
    QByteArray recorded(const QString& name);
    std::optional<NodeReply> answer(const cluster::Node& node, const remote::ExecRequest& request);

    QString m_folder;
    QMutex m_mutex;
    QHash<QString, QByteArray> m_cache;
    SimulatedStorage m_storage;
    std::atomic_int m_silentWaitMs {10'000};
};

} // namespace npufleet::sim
