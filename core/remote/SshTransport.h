// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSemaphore>
#include <map>
#include <memory>
#include <optional>

#include "core/remote/KnownHosts.h"
#include "core/remote/SshConfig.h"
#include "core/remote/SshSession.h"
#include "core/remote/Transport.h"

namespace npufleet::remote {

class CredentialsProvider;

struct SshTransportOptions
{
    QString knownHostsFile; // empty: UserKnownHostsFile from the ssh config, else ~/.ssh/known_hosts
    QString identityFile; // empty: the node's identity file, else IdentityFile from the ssh config, else agent +
                          // ~/.ssh/id_*
    QString sshConfigFile; // empty: ~/.ssh/config; "none": read no config
    // For nodes that name none, neither in the project nor in the SSH config (the GUI's Preferences).
    QString defaultUser;
    QString defaultIdentityFile;
    bool acceptNewHostKeys = false;
    bool useAgent = true;
    int connectTimeoutMs = 10'000;
    bool reuseConnections = true; // keep idle sessions per node for the next call (refresh, next step)
    // SSH handshakes (connect, key exchange, login) in flight at once; 0 = defaultMaxHandshakes(). Key exchange
    // costs CPU on both ends, and a burst of hundreds makes sshd's MaxStartups drop connections.
    int maxHandshakes = 0;
    std::shared_ptr<CredentialsProvider> credentials;
};

// Runs commands on real nodes over SSH. Thread-safe: each call checks a session out for itself (an idle
// one of the same node if there is one, else a new connection) and gives it back when done, so two
// threads never use one session at once and a refresh does not pay for the handshake again.
class SshTransport final : public Transport
{
    Q_DECLARE_TR_FUNCTIONS(SshTransport)

public:
    // Four per processor core, at least 8 and at most 64.
    static int defaultMaxHandshakes();

    explicit SshTransport(SshTransportOptions options = {});
    ~SshTransport() override;

    ExecResult execute(const cluster::Node& node,
                       const ExecRequest& request,
                       const std::atomic_bool& cancel,
                       const OutputSink& sink = {}) override;
    bool isSimulated() const override { return false; }

    // Writes a file on the node over SFTP with the given mode bits.
    ExecResult upload(const cluster::Node& node,
                      const QByteArray& data,
                      const QString& remotePath,
                      int mode,
                      const std::atomic_bool& cancel);

    // The key a node showed when its last call ended in HostKeyUnknown or HostKeyChanged.
    std::optional<HostKeyInfo> unverifiedHostKey(const cluster::Node& node) const;
    // Trusts that first-seen key: appends it to the known-hosts file. Refuses changed keys.
    bool acceptHostKey(const cluster::Node& node, QString* error);

    // What the node's last refused login lacked (a password, a key's passphrase), if the user can give it.
    std::optional<AuthNeed> authNeed(const cluster::Node& node) const;

    // Host, port, user, keys and known-hosts file for a node, after ~/.ssh/config and the options.
    SshEndpoint endpointFor(const cluster::Node& node) const;
    const SshTransportOptions& options() const { return m_options; }
    void dropIdleSessions();

private:
    using SessionCall = std::function<ExecResult(SshSession&)>;
    ExecResult withSession(const cluster::Node& node, const std::atomic_bool& cancel, const SessionCall& call);
    ExecResult handshake(SshSession& session, const std::atomic_bool& cancel);
    std::unique_ptr<SshSession> takeIdleSession(const QString& key);
    std::unique_ptr<SshSession> newSession(const SshEndpoint& endpoint) const;
    void giveBack(const QString& key, std::unique_ptr<SshSession> session);
    static QString endpointKey(const SshEndpoint& endpoint);

    SshTransportOptions m_options;
    QList<SshHostEntry> m_configHosts;
    QSemaphore m_handshakes;
    mutable QMutex m_mutex;
    std::multimap<QString, std::unique_ptr<SshSession>> m_idle; // endpoint → sessions nobody uses now
    QHash<QString, HostKeyInfo> m_unverified; // endpoint → key
    QHash<QString, AuthNeed> m_authNeeds; // endpoint → what its last refused login lacked
};

} // namespace npufleet::remote
