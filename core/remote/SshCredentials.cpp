// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/SshCredentials.h"

namespace npufleet::remote {

namespace {
QString key(const QString& user, const QString& host)
{
    return user + QLatin1Char('@') + host;
}

void wipe(QHash<QString, QByteArray>& secrets)
{
    for (QByteArray& secret : secrets)
        secret.fill('\0');
    secrets.clear();
}
} // namespace

InMemoryCredentials::~InMemoryCredentials()
{
    clear();
}

void InMemoryCredentials::setPassword(const QString& user, const QString& host, const QByteArray& password)
{
    QMutexLocker lock(&m_mutex);
    m_passwords.insert(key(user, host), password);
}

void InMemoryCredentials::setPassphrase(const QString& keyFile, const QByteArray& passphrase)
{
    QMutexLocker lock(&m_mutex);
    m_passphrases.insert(keyFile, passphrase);
}

void InMemoryCredentials::clear()
{
    QMutexLocker lock(&m_mutex);
    wipe(m_passwords);
    wipe(m_passphrases);
}

std::optional<QByteArray> InMemoryCredentials::password(const QString& user, const QString& host)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_passwords.constFind(key(user, host));
    if (it == m_passwords.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<QByteArray> InMemoryCredentials::passphrase(const QString& keyFile)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_passphrases.constFind(keyFile);
    if (it == m_passphrases.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace npufleet::remote
