// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StandInFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace npufleet::test {

bool writeStandInFile(const QString& path, const QByteArray& content, bool executable, QString* error)
{
    if (!QDir().mkpath(QFileInfo(path).path())) {
        *error = QStringLiteral("cannot create the folder of %1").arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.close();
    if (executable)
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                            | QFile::ReadOther | QFile::ExeOther);
    return true;
}

QByteArray shellQuotedPath(const QString& path)
{
    QByteArray q = path.toUtf8();
    q.replace('\'', "'\\''");
    return '\'' + q + '\'';
}

} // namespace npufleet::test
