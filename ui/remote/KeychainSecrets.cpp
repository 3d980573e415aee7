// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/remote/KeychainSecrets.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace npufleet::ui::KeychainSecrets {

namespace {
const QString kService = QStringLiteral("NPU Fleet");
} // namespace

QString passwordKey(const QString& user, const QString& host)
{
    return QStringLiteral("ssh-password:%1@%2").arg(user, host);
}

QString passphraseKey(const QString& keyFile)
{
    return QStringLiteral("ssh-key-passphrase:%1").arg(keyFile);
}

void read(const QString& key,
          QObject* context,
          std::function<void(std::optional<QByteArray> found, const QString& error)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* finished) {
        auto* reader = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (reader->error() == QKeychain::NoError)
            done(reader->binaryData(), {});
        else
            done(std::nullopt, reader->error() == QKeychain::EntryNotFound ? QString() : reader->errorString());
    });
    job->start(); // deletes itself when finished
}

void write(const QString& key,
           const QByteArray& secret,
           QObject* context,
           std::function<void(const QString& error)> done)
{
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setKey(key);
    job->setBinaryData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* finished) {
        done(finished->error() == QKeychain::NoError ? QString() : finished->errorString());
    });
    job->start();
}

void forget(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(key);
    job->start();
}

} // namespace npufleet::ui::KeychainSecrets
