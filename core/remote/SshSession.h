// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <optional>

#include "core/remote/KnownHosts.h"
#include "core/remote/Transport.h"

namespace npufleet::remote {

class CredentialsProvider;

// Where to connect and what to trust, already resolved from the node and ~/.ssh/config.
struct SshEndpoint
{
    QString host;
    int port = 22;
    QString user; // empty: the local user
    QStringList identityFiles; // tried in order after the agent
    QString knownHostsFile; // empty: ~/.ssh/known_hosts
};

// What a refused login lacked, so that the UI can ask the user for it and try again.
struct AuthNeed
{
    QString user; // as logged in (after ~/.ssh/config)
    QString host;
    bool password = false; // the server takes a password (or keyboard-interactive) and none worked
    bool passwordRefused = false; // one was offered and refused: ask again, forget a remembered one
    QString passphraseKeyFile; // an encrypted key whose passphrase is not known, or was wrong
};

struct SshSessionOptions
{
    int connectTimeoutMs = 10'000; // also bounds every later blocking libssh call
    bool acceptNewHostKeys = false; // first-seen keys are written to the known-hosts file; changed ones never
    bool useAgent = true;
    int keepaliveSeconds = 15; // an SSH_MSG_IGNORE after this much silence during a command
    std::shared_ptr<CredentialsProvider> credentials;
};

// One SSH connection on libssh. Not thread-safe: one thread uses it at a time (SshTransport hands an
// idle session to the next thread under a mutex, never to two at once).
// Every call returns an ExecResult whose status says how far it got; nothing blocks longer than the
// connect timeout without checking cancel.
class SshSession
{
    Q_DECLARE_TR_FUNCTIONS(SshSession)

public:
    SshSession(SshEndpoint endpoint, SshSessionOptions options);
    ~SshSession();
    SshSession(const SshSession&) = delete;
    SshSession& operator=(const SshSession&) = delete;

    // Connects, checks the host key and authenticates. Ok when ready for execute().
    ExecResult connect(const std::atomic_bool& cancel);
    bool isConnected() const;
    // The last execute() found the connection dead before its command started (a pooled session whose
    // server went away): running the command again on a new session cannot run it twice.
    bool lostBeforeCommand() const;
    void disconnect();

    // Runs one command, streaming output to sink as it arrives. The result holds all the output
    // without a sink, and only its last 64 KiB per stream with one.
    ExecResult execute(const ExecRequest& request, const std::atomic_bool& cancel, const OutputSink& sink = {});
    // Writes data to remotePath over SFTP with the given mode bits (e.g. 0755).
    ExecResult upload(const QByteArray& data, const QString& remotePath, int mode, const std::atomic_bool& cancel);

    // The key the server showed at the last connect (set also when it was not trusted).
    std::optional<HostKeyInfo> hostKey() const;
    // Set when the last login was refused for want of a secret the user could give.
    std::optional<AuthNeed> authNeed() const;
    const SshEndpoint& endpoint() const;

private:
    ExecResult connectCancellably(const std::atomic_bool& cancel);
    ExecResult authenticate(const std::atomic_bool& cancel);
    int authenticateKeyboardInteractive(const QByteArray& password, QStringList* notes);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace npufleet::remote
