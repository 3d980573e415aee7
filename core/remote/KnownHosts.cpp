// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/KnownHosts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

namespace npufleet::remote {

namespace {
QMutex s_writeMutex; // many workers may accept keys at once
}

QString KnownHosts::defaultFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString KnownHosts::hostPattern(const QString& host, int port)
{
    if (port == 22)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

QByteArray KnownHosts::entryLine(const HostKeyInfo& key)
{
    return hostPattern(key.host, key.port).toUtf8() + ' ' + key.keyType.toUtf8() + ' ' + key.keyBase64 + '\n';
}

bool KnownHosts::append(const HostKeyInfo& key, QString* error)
{
    if (key.changed || key.keyBase64.isEmpty() || key.keyType.isEmpty()) {
        *error = tr("refusing to record the host key of %1: it is not a first-seen key").arg(key.host);
        return false;
    }
    const QString path = key.knownHostsFile.isEmpty() ? defaultFile() : key.knownHostsFile;
    QMutexLocker lock(&s_writeMutex);
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        if (!QDir().mkpath(info.absolutePath())) {
            *error = tr("cannot create the folder %1").arg(info.absolutePath());
            return false;
        }
        QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // Keep the file line-based when its last line has no newline.
    if (file.size() > 0 && file.seek(file.size() - 1) && file.peek(1) != "\n")
        file.write("\n");
    file.seek(file.size());
    if (file.write(entryLine(key)) < 0 || !file.flush()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace npufleet::remote
