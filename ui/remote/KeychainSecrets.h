// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

class QObject;

namespace npufleet::ui {

// Passwords and passphrases the user asked NPU Fleet to remember, kept by the desktop's keychain
// (Secret Service: GNOME Keyring, KWallet) through QtKeychain: never in a project file or in QSettings.
// Every call is asynchronous; the callback runs on context's thread, and not at all once it is gone.
namespace KeychainSecrets {

QString passwordKey(const QString& user, const QString& host);
QString passphraseKey(const QString& keyFile);

// found is empty when nothing is stored (or no keychain answers: error says why).
void read(const QString& key,
          QObject* context,
          std::function<void(std::optional<QByteArray> found, const QString& error)> done);
// error is empty on success.
void write(const QString& key,
           const QByteArray& secret,
           QObject* context,
           std::function<void(const QString& error)> done);
void forget(const QString& key);

} // namespace KeychainSecrets

} // namespace npufleet::ui
