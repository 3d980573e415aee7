// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace npufleet::remote {

// True when a private key file (OpenSSH or PEM format) is protected by a passphrase.
bool isEncryptedPrivateKey(QByteArrayView fileText);
bool isEncryptedPrivateKeyFile(const QString& path);

} // namespace npufleet::remote
