// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to SshSession*.cpp: the only place libssh types appear.
#include <optional>

#include <libssh/libssh.h>

#include "core/remote/SshSession.h"

namespace npufleet::remote {

struct SshSession::Private
{
    SshEndpoint endpoint;
    SshSessionOptions options;
    ssh_session session = nullptr;
    bool connected = false;
    bool lostBeforeCommand = false; // the last call failed before the remote command could start
    std::optional<HostKeyInfo> hostKey;
    std::optional<AuthNeed> authNeed;

    ~Private() { close(); }
    void close()
    {
        if (!session)
            return;
        if (connected)
            ssh_disconnect(session);
        ssh_free(session);
        session = nullptr;
        connected = false;
    }
    QString lastError() const { return session ? QString::fromUtf8(ssh_get_error(session)) : QString(); }
    // The connection itself failed (as opposed to one channel): the session is unusable.
    bool sessionBroken() const { return !session || ssh_is_connected(session) == 0; }
};

// Makes an ExecResult with a status and a message.
inline ExecResult execFailure(ExecStatus status, const QString& message)
{
    ExecResult result;
    result.status = status;
    result.message = message;
    return result;
}

} // namespace npufleet::remote
