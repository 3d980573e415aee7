// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/SshTransport.h"

#include <QFileInfo>
#include <QThread>

namespace npufleet::remote {

namespace {
constexpr size_t kMaxIdleSessionsPerNode = 4;
} // namespace

int SshTransport::defaultMaxHandshakes()
{
    return qBound(8, 4 * QThread::idealThreadCount(), 64);
}

SshTransport::SshTransport(SshTransportOptions options)
    : m_options(std::move(options))
    , m_handshakes(m_options.maxHandshakes > 0 ? m_options.maxHandshakes : defaultMaxHandshakes())
{
    const QString config = m_options.sshConfigFile.isEmpty() ? SshConfig::defaultPath() : m_options.sshConfigFile;
    if (config != QLatin1String("none") && QFileInfo::exists(config)) {
        if (auto imported = SshConfig::load(config))
            m_configHosts = imported->hosts;
    }
}

SshTransport::~SshTransport() = default;

SshEndpoint SshTransport::endpointFor(const cluster::Node& node) const
{
    SshEndpoint ep;
    ep.host = node.host.isEmpty() ? node.name : node.host;
    ep.port = node.port > 0 ? node.port : 22;
    ep.user = node.user;
    const SshHostEntry* entry = nullptr;
    for (const SshHostEntry& candidate : m_configHosts) {
        if (candidate.alias.compare(ep.host, Qt::CaseInsensitive) == 0) {
            entry = &candidate;
            break;
        }
    }
    QStringList configKnownHosts;
    if (entry) {
        ep.host = entry->hostName.isEmpty() ? ep.host : entry->hostName;
        if (ep.user.isEmpty())
            ep.user = entry->user;
        if (node.port == 22 && entry->port)
            ep.port = *entry->port;
        ep.identityFiles = entry->identityFiles;
        configKnownHosts = entry->userKnownHostsFiles;
    }
    if (!node.identityFile.isEmpty())
        ep.identityFiles = QStringList {node.identityFile};
    if (ep.identityFiles.isEmpty() && !m_options.defaultIdentityFile.isEmpty())
        ep.identityFiles = QStringList {m_options.defaultIdentityFile};
    if (ep.user.isEmpty())
        ep.user = m_options.defaultUser;
    if (!m_options.identityFile.isEmpty())
        ep.identityFiles = QStringList {m_options.identityFile};
    if (!m_options.knownHostsFile.isEmpty())
        ep.knownHostsFile = m_options.knownHostsFile;
    else if (!configKnownHosts.isEmpty())
        ep.knownHostsFile = configKnownHosts.constFirst();
    else
        ep.knownHostsFile = KnownHosts::defaultFile();
    return ep;
}

QString SshTransport::endpointKey(const SshEndpoint& endpoint)
{
    return endpoint.user + QLatin1Char('@') + KnownHosts::hostPattern(endpoint.host, endpoint.port);
}

std::unique_ptr<SshSession> SshTransport::takeIdleSession(const QString& key)
{
    if (!m_options.reuseConnections)
        return nullptr;
    QMutexLocker lock(&m_mutex);
    for (auto it = m_idle.find(key); it != m_idle.end() && it->first == key; it = m_idle.erase(it)) {
        if (it->second->isConnected()) {
            std::unique_ptr<SshSession> session = std::move(it->second);
            m_idle.erase(it);
            return session;
        }
    }
    return nullptr;
}

std::unique_ptr<SshSession> SshTransport::newSession(const SshEndpoint& endpoint) const
{
    SshSessionOptions options;
    options.connectTimeoutMs = m_options.connectTimeoutMs;
    options.acceptNewHostKeys = m_options.acceptNewHostKeys;
    options.useAgent = m_options.useAgent;
    options.credentials = m_options.credentials;
    return std::make_unique<SshSession>(endpoint, options);
}

void SshTransport::giveBack(const QString& key, std::unique_ptr<SshSession> session)
{
    if (!m_options.reuseConnections || !session->isConnected())
        return;
    QMutexLocker lock(&m_mutex);
    // A burst of parallel steps to one node leaves several; a few are worth keeping, not all.
    if (m_idle.count(key) >= kMaxIdleSessionsPerNode)
        return;
    m_idle.emplace(key, std::move(session));
}

ExecResult SshTransport::handshake(SshSession& session, const std::atomic_bool& cancel)
{
    // Wait for a free slot without blocking cancel; the slot is held for the handshake only.
    while (!m_handshakes.tryAcquire(1, 50)) {
        if (cancel.load()) {
            ExecResult cancelled;
            cancelled.status = ExecStatus::Cancelled;
            return cancelled;
        }
    }
    ExecResult connected = session.connect(cancel);
    m_handshakes.release();
    return connected;
}

ExecResult SshTransport::withSession(const cluster::Node& node, const std::atomic_bool& cancel, const SessionCall& call)
{
    const SshEndpoint endpoint = endpointFor(node);
    const QString key = endpointKey(endpoint);
    std::unique_ptr<SshSession> session = takeIdleSession(key);
    ExecResult result;
    if (session) {
        result = call(*session);
        // The server closed an idle session (restart, idle timeout): the command never started, so one
        // more try on a fresh connection is safe.
        if (result.status == ExecStatus::Unreachable && session->lostBeforeCommand())
            session.reset();
    }
    if (!session) {
        session = newSession(endpoint);
        result = handshake(*session, cancel);
        if (result.status == ExecStatus::Ok)
            result = call(*session);
    }
    if (result.status == ExecStatus::HostKeyUnknown || result.status == ExecStatus::HostKeyChanged) {
        if (const auto hostKey = session->hostKey()) {
            QMutexLocker lock(&m_mutex);
            m_unverified.insert(key, *hostKey);
        }
    } else if (result.status == ExecStatus::AuthFailed) {
        QMutexLocker lock(&m_mutex);
        if (const auto need = session->authNeed())
            m_authNeeds.insert(key, *need);
    } else if (result.status == ExecStatus::Ok) {
        QMutexLocker lock(&m_mutex);
        m_unverified.remove(key);
        m_authNeeds.remove(key);
    }
    giveBack(key, std::move(session));
    return result;
}

ExecResult SshTransport::execute(const cluster::Node& node,
                                 const ExecRequest& request,
                                 const std::atomic_bool& cancel,
                                 const OutputSink& sink)
{
    return withSession(node, cancel, [&](SshSession& session) { return session.execute(request, cancel, sink); });
}

ExecResult SshTransport::upload(const cluster::Node& node,
                                const QByteArray& data,
                                const QString& remotePath,
                                int mode,
                                const std::atomic_bool& cancel)
{
    return withSession(node, cancel,
                       [&](SshSession& session) { return session.upload(data, remotePath, mode, cancel); });
}

std::optional<HostKeyInfo> SshTransport::unverifiedHostKey(const cluster::Node& node) const
{
    const QString key = endpointKey(endpointFor(node));
    QMutexLocker lock(&m_mutex);
    const auto it = m_unverified.constFind(key);
    if (it == m_unverified.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<AuthNeed> SshTransport::authNeed(const cluster::Node& node) const
{
    const QString key = endpointKey(endpointFor(node));
    QMutexLocker lock(&m_mutex);
    const auto it = m_authNeeds.constFind(key);
    if (it == m_authNeeds.constEnd())
        return std::nullopt;
    return *it;
}

bool SshTransport::acceptHostKey(const cluster::Node& node, QString* error)
{
    const std::optional<HostKeyInfo> hostKey = unverifiedHostKey(node);
    if (!hostKey) {
        *error = tr("no unverified host key is known for %1").arg(node.name);
        return false;
    }
    if (hostKey->changed) {
        *error = tr("the host key of %1 has changed: it is never accepted from here; remove the old key from %2 "
                    "once you have verified the new one")
                     .arg(node.name, hostKey->knownHostsFile);
        return false;
    }
    if (!KnownHosts::append(*hostKey, error))
        return false;
    QMutexLocker lock(&m_mutex);
    m_unverified.remove(endpointKey(endpointFor(node)));
    return true;
}

void SshTransport::dropIdleSessions()
{
    QMutexLocker lock(&m_mutex);
    m_idle.clear();
}

} // namespace npufleet::remote
