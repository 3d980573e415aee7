// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <optional>

namespace npufleet::remote {

// Secrets that SSH may need. Asked from worker threads, so implementations answer at once from what
// they hold (the ui fills them through CredentialsDialog beforehand): never a blocking prompt.
class CredentialsProvider
{
public:
    virtual ~CredentialsProvider() = default;
    // The login (and sudo) password of user on host, if one is known.
    virtual std::optional<QByteArray> password(const QString& user, const QString& host) = 0;
    // The passphrase of a private key file, if one is known.
    virtual std::optional<QByteArray> passphrase(const QString& keyFile) = 0;
};

// Keeps secrets in memory only, for the life of the process.
class InMemoryCredentials final : public CredentialsProvider
{
public:
    ~InMemoryCredentials() override;

    void setPassword(const QString& user, const QString& host, const QByteArray& password);
    void setPassphrase(const QString& keyFile, const QByteArray& passphrase);
    void clear();

    std::optional<QByteArray> password(const QString& user, const QString& host) override;
    std::optional<QByteArray> passphrase(const QString& keyFile) override;

private:
    QMutex m_mutex;
    QHash<QString, QByteArray> m_passwords; // "user@host"
    QHash<QString, QByteArray> m_passphrases;
};

} // namespace npufleet::remote
