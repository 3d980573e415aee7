// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/SshSession.h"

#include <QDeadlineTimer>
#include <QFileInfo>

#include "core/remote/SshCredentials.h"
#include "core/remote/SshKeyFile.h"
#include "core/remote/SshSessionPrivate.h"

#include <poll.h>

namespace npufleet::remote {

namespace {

constexpr int kConnectPollMs = 20; // how soon a cancel is noticed while the handshake waits

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

bool SshSession::lostBeforeCommand() const
{
    return d->lostBeforeCommand;
}

void SshSession::disconnect()
{
    d->close();
}

std::optional<HostKeyInfo> SshSession::hostKey() const
{
    return d->hostKey;
}

std::optional<AuthNeed> SshSession::authNeed() const
{
    return d->authNeed;
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

    if (const ExecResult reached = connectCancellably(cancel); reached.status != ExecStatus::Ok)
        return reached;

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

// Non-blocking, so that cancel is seen within a poll interval even while the server stays silent.
ExecResult SshSession::connectCancellably(const std::atomic_bool& cancel)
{
    ssh_session s = d->session;
    const SshEndpoint& ep = d->endpoint;
    const QDeadlineTimer deadline(d->options.connectTimeoutMs);
    ssh_set_blocking(s, 0);
    int rc = SSH_AGAIN;
    while ((rc = ssh_connect(s)) == SSH_AGAIN) {
        if (cancel || deadline.hasExpired()) {
            d->close();
            return cancel ? execFailure(ExecStatus::Cancelled, tr("cancelled while connecting"))
                          : execFailure(ExecStatus::Unreachable,
                                        tr("cannot connect to %1:%2: no answer within %3 s")
                                            .arg(ep.host)
                                            .arg(ep.port)
                                            .arg(d->options.connectTimeoutMs / 1000.0));
        }
        pollfd fd {ssh_get_fd(s), POLLIN, 0};
        poll(&fd, fd.fd >= 0 ? 1 : 0, kConnectPollMs);
    }
    ssh_set_blocking(s, 1);
    if (rc != SSH_OK) {
        const QString why = d->lastError();
        d->close();
        return execFailure(ExecStatus::Unreachable,
                           tr("cannot connect to %1:%2: %3").arg(ep.host).arg(ep.port).arg(why));
    }
    d->connected = true;
    return execFailure(ExecStatus::Ok, {});
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
    d->authNeed.reset();
    int rc = ssh_userauth_none(s, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return done(ExecStatus::Ok, {});
    if (rc == SSH_AUTH_ERROR)
        return done(ExecStatus::Unreachable, tr("connection lost during login: %1").arg(d->lastError()));
    const int methods = ssh_userauth_list(s, nullptr);
    QStringList notes;
    QString lockedKey; // the first encrypted key we could not open

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
                    if (lockedKey.isEmpty())
                        lockedKey = file;
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
                if (passphrase && lockedKey.isEmpty())
                    lockedKey = file;
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
    const bool takesPassword = methods & (SSH_AUTH_METHOD_PASSWORD | SSH_AUTH_METHOD_INTERACTIVE);
    const QString user = ep.user.isEmpty() ? qEnvironmentVariable("USER") : ep.user;
    const std::optional<QByteArray> password
        = (takesPassword && d->options.credentials) ? d->options.credentials->password(user, ep.host) : std::nullopt;
    if (takesPassword && !password)
        notes << tr("a password is needed");
    if (password && (methods & SSH_AUTH_METHOD_PASSWORD)) {
        rc = ssh_userauth_password(s, nullptr, password->constData());
        if (rc == SSH_AUTH_SUCCESS)
            return done(ExecStatus::Ok, {});
        notes << tr("the password was refused");
    }
    // PAM-based servers often take the password only through keyboard-interactive prompts.
    if (password && (methods & SSH_AUTH_METHOD_INTERACTIVE) && !(methods & SSH_AUTH_METHOD_PASSWORD)) {
        if (authenticateKeyboardInteractive(*password, &notes) == SSH_AUTH_SUCCESS)
            return done(ExecStatus::Ok, {});
    }
    if (d->sessionBroken())
        return done(ExecStatus::Unreachable, tr("connection lost during login: %1").arg(d->lastError()));
    AuthNeed need;
    need.user = user;
    need.host = ep.host;
    need.password = takesPassword;
    need.passwordRefused = password.has_value();
    need.passphraseKeyFile = lockedKey;
    if (need.password || !need.passphraseKeyFile.isEmpty())
        d->authNeed = need;
    return done(ExecStatus::AuthFailed,
                tr("%1@%2 refused the login: %3")
                    .arg(ep.user.isEmpty() ? tr("(local user)") : ep.user, ep.host,
                         notes.isEmpty() ? tr("no usable method") : notes.join(QStringLiteral("; "))));
}

// Answers the server's hidden prompt with the password. Echoed prompts (a user name, a one-time code
// shown as typed) or several hidden ones mean the server wants more than a password: give up.
int SshSession::authenticateKeyboardInteractive(const QByteArray& password, QStringList* notes)
{
    ssh_session s = d->session;
    int rc = ssh_userauth_kbdint(s, nullptr, nullptr);
    for (int round = 0; rc == SSH_AUTH_INFO && round < 4; ++round) {
        const int prompts = ssh_userauth_kbdint_getnprompts(s);
        if (prompts > 1) {
            *notes << tr("keyboard-interactive asks for %n answer(s), more than a password", nullptr, prompts);
            return SSH_AUTH_DENIED;
        }
        if (prompts == 1) {
            char echo = 0;
            const char* prompt = ssh_userauth_kbdint_getprompt(s, 0, &echo);
            if (echo) {
                *notes << tr("keyboard-interactive asks '%1', which is not a password")
                              .arg(QString::fromUtf8(prompt).trimmed());
                return SSH_AUTH_DENIED;
            }
            ssh_userauth_kbdint_setanswer(s, 0, password.constData());
        }
        rc = ssh_userauth_kbdint(s, nullptr, nullptr);
    }
    if (rc != SSH_AUTH_SUCCESS)
        *notes << tr("the password was refused (keyboard-interactive)");
    return rc;
}

} // namespace npufleet::remote
