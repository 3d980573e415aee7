// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/SshKeyFile.h"

#include <QByteArray>
#include <QFile>
#include <QtEndian>

namespace npufleet::remote {

bool isEncryptedPrivateKey(QByteArrayView fileText)
{
    const QByteArray text = fileText.toByteArray();
    if (text.contains("Proc-Type: 4,ENCRYPTED") || text.contains("BEGIN ENCRYPTED PRIVATE KEY"))
        return true;
    const QByteArray begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    const qsizetype start = text.indexOf(begin);
    const qsizetype end = text.indexOf("-----END OPENSSH PRIVATE KEY-----");
    if (start < 0 || end < start)
        return false;
    QByteArray body = text.mid(start + begin.size(), end - start - begin.size());
    body = QByteArray::fromBase64(body.simplified().replace(' ', ""));
    // "openssh-key-v1\0", then the cipher name as a uint32-length string: "none" when not encrypted.
    const QByteArray magic("openssh-key-v1\0", 15);
    if (!body.startsWith(magic) || body.size() < magic.size() + 4)
        return false;
    const quint32 length = qFromBigEndian<quint32>(body.constData() + magic.size());
    const QByteArray cipher = body.mid(magic.size() + 4, qsizetype(length));
    return cipher != "none";
}

bool isEncryptedPrivateKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return isEncryptedPrivateKey(file.read(64 * 1024));
}

} // namespace npufleet::remote
