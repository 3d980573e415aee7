// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/SshSession.h"

#include <QFileInfo>

#include "core/remote/SshCredentials.h"
#include "core/remote/SshKeyFile.h"
#include "core/remote/SshSessionPrivate.h"

namespace npufleet::remote {

namespace {

// Reads the server's key and what the known-hosts file says about it.
std::optional<HostKeyInfo> serverKey(ssh_session session, const SshEndpoint& endpoint, QString* error)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK) {
        *error = QString::fromUtf8(ssh_get_error(session));
        return std::nullopt;
    }
    HostKeyInfo info;
    info.host = endpoint.host;
    info.port = endpoint.port;
    info.knownHostsFile = endpoint.knownHostsFile.isEmpty() ? KnownHosts::defaultFile() : endpoint.knownHostsFile;
    info.keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    char* base64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &base64) == SSH_OK) {
        info.keyBase64 = base64;
        ssh_string_free_char(base64);
    }
    unsigned char* hash = nullptr;
    size_t hashLength = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) == SSH_OK) {
        char* text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength);
        info.fingerprint = QString::fromLatin1(text);
        ssh_string_free_char(text);
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(key);
    return info;
}

} // namespace

SshSession::SshSession(SshEndpoint endpoint, SshSessionOptions options)
    : d(std::make_unique<Private>())
{
    d->endpoint = std::move(endpoint);
    d->options = std::move(options);
}

SshSession::~SshSession() = default;

bool SshSession::isConnected() const
{
    return d->connected && !d->sessionBroken();
}

void SshSession::disconnect()
{
    d->close();
}

std::optional<HostKeyInfo> SshSession::hostKey() const
{
    return d->hostKey;
}

const SshEndpoint& SshSession::endpoint() const
{
    return d->endpoint;
}

ExecResult SshSession::connect(const std::atomic_bool& cancel)
{
    d->close();
    if (cancel)
        return execFailure(ExecStatus::Cancelled, tr("cancelled"));
    const SshEndpoint& ep = d->endpoint;
    d->session = ssh_new();
    if (!d->session)
        return execFailure(ExecStatus::Failed, tr("cannot create an SSH session"));
    ssh_session s = d->session;

    const QByteArray host = ep.host.toUtf8();
    const unsigned int port = unsigned(ep.port);
    const QByteArray user = ep.user.toUtf8();
    const QByteArray knownHosts
        = (ep.knownHostsFile.isEmpty() ? KnownHosts::defaultFile() : ep.knownHostsFile).toUtf8();
    const long seconds = d->options.connectTimeoutMs / 1000;
    const long micros = long(d->options.connectTimeoutMs % 1000) * 1000;
    const bool processConfig = false; // ~/.ssh/config is applied by SshTransport, once and visibly
    const int noDelay = 1;
    ssh_options_set(s, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    if (!user.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT_USEC, &micros);
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(s, SSH_OPTIONS_NODELAY, &noDelay);

    if (ssh_connect(s) != SSH_OK) {
        const QString why = d->lastError();
        d->close();
        return execFailure(ExecStatus::Unreachable,
                           tr("cannot connect to %1:%2: %3").arg(ep.host).arg(ep.port).arg(why));
    }
    d->connected = true;

    QString error;
    d->hostKey = serverKey(s, ep, &error);
    if (!d->hostKey) {
        d->close();
        return execFailure(ExecStatus::Failed, tr("no host key from %1: %2").arg(ep.host, error));
    }
    switch (ssh_session_is_known_server(s)) {
    case SSH_KNOWN_HOSTS_OK:
        break;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        d->hostKey->changed = true;
        ExecResult result = execFailure(
            ExecStatus::HostKeyChanged,
            tr("WARNING: the host key of %1 has CHANGED (now %2). Someone may be intercepting the connection, "
               "or the server was reinstalled. Refused; remove the old key from %3 only once you have verified "
               "the new one.")
                .arg(KnownHosts::hostPattern(ep.host, ep.port), d->hostKey->fingerprint, d->hostKey->knownHostsFile));
        result.hostFingerprint = d->hostKey->fingerprint;
        d->close();
        return result;
    }
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        if (!d->options.acceptNewHostKeys) {
            ExecResult result = execFailure(
                ExecStatus::HostKeyUnknown,
                tr("the host key of %1 is not known (%2 %3)")
                    .arg(KnownHosts::hostPattern(ep.host, ep.port), d->hostKey->keyType, d->hostKey->fingerprint));
            result.hostFingerprint = d->hostKey->fingerprint;
            d->close();
            return result;
        }
        if (!KnownHosts::append(*d->hostKey, &error)) {
            d->close();
            return execFailure(ExecStatus::Failed, error);
        }
        break;
    case SSH_KNOWN_HOSTS_ERROR:
        error = d->lastError();
        d->close();
        return execFailure(ExecStatus::Failed, tr("cannot check the host key of %1: %2").arg(ep.host, error));
    }

    if (cancel) {
        d->close();
        return execFailure(ExecStatus::Cancelled, tr("cancelled"));
    }
    return authenticate(cancel);
}

ExecResult SshSession::authenticate(const std::atomic_bool& cancel)
{
    ssh_session s = d->session;
    const SshEndpoint& ep = d->endpoint;
    const auto done = [this](ExecStatus status, const QString& message) {
        if (status != ExecStatus::Ok)
            d->close();
        ExecResult result = execFailure(status, message);
        if (status == ExecStatus::Ok)
            result.exitStatus = 0;
        return result;
    };
    int rc = ssh_userauth_none(s, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return done(ExecStatus::Ok, {});
    if (rc == SSH_AUTH_ERROR)
        return done(ExecStatus::Unreachable, tr("connection lost during login: %1").arg(d->lastError()));
    const int methods = ssh_userauth_list(s, nullptr);
    QStringList notes;

    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        if (d->options.useAgent && qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
            rc = ssh_userauth_agent(s, nullptr);
            if (rc == SSH_AUTH_SUCCESS)
                return done(ExecStatus::Ok, {});
            if (rc == SSH_AUTH_ERROR && d->sessionBroken())
                return done(ExecStatus::Unreachable, tr("connection lost during login: %1").arg(d->lastError()));
        }
        for (const QString& file : ep.identityFiles) {
            if (cancel)
                return done(ExecStatus::Cancelled, tr("cancelled"));
            if (!QFileInfo::exists(file)) {
                notes << tr("key %1 does not exist").arg(file);
                continue;
            }
            std::optional<QByteArray> passphrase;
            if (isEncryptedPrivateKeyFile(file)) {
                if (d->options.credentials)
                    passphrase = d->options.credentials->passphrase(file);
                if (!passphrase) {
                    notes << tr("key %1 needs a passphrase").arg(file);
                    continue;
                }
            }
            ssh_key key = nullptr;
            const QByteArray path = file.toUtf8();
            if (ssh_pki_import_privkey_file(path.constData(), passphrase ? passphrase->constData() : nullptr, nullptr,
                                            nullptr, &key)
                != SSH_OK) {
                notes << (passphrase ? tr("key %1: wrong passphrase or unreadable key").arg(file)
                                     : tr("key %1 cannot be read").arg(file));
                continue;
            }
            rc = ssh_userauth_publickey(s, nullptr, key);
            ssh_key_free(key);
            if (rc == SSH_AUTH_SUCCESS)
                return done(ExecStatus::Ok, {});
            if (rc == SSH_AUTH_ERROR && d->sessionBroken())
                return done(ExecStatus::Unreachable, tr("connection lost during login: %1").arg(d->lastError()));
            notes << tr("key %1 was refused").arg(file);
        }
        if (ep.identityFiles.isEmpty()) {
            // ~/.ssh/id_* as ssh would try them; encrypted ones are skipped (no prompt on a worker thread).
            rc = ssh_userauth_publickey_auto(s, nullptr, nullptr);
            if (rc == SSH_AUTH_SUCCESS)
                return done(ExecStatus::Ok, {});
            notes << tr("no default key in ~/.ssh was accepted");
        }
    }
    if (cancel)
        return done(ExecStatus::Cancelled, tr("cancelled"));
    if (methods & SSH_AUTH_METHOD_PASSWORD) {
        const QString user = ep.user.isEmpty() ? qEnvironmentVariable("USER") : ep.user;
        const std::optional<QByteArray> password
            = d->options.credentials ? d->options.credentials->password(user, ep.host) : std::nullopt;
        if (password) {
            rc = ssh_userauth_password(s, nullptr, password->constData());
            if (rc == SSH_AUTH_SUCCESS)
                return done(ExecStatus::Ok, {});
            notes << tr("the password was refused");
        } else {
            notes << tr("a password is needed");
        }
    }
    return done(ExecStatus::AuthFailed,
                tr("%1@%2 refused the login: %3")
                    .arg(ep.user.isEmpty() ? tr("(local user)") : ep.user, ep.host,
                         notes.isEmpty() ? tr("no usable method") : notes.join(QStringLiteral("; "))));
}

} // namespace npufleet::remote
