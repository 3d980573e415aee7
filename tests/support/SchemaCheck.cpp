// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaCheck.h"

#include <QFile>
#include <QProcess>

#include "FixturePaths.h"

namespace npufleet::test {

namespace {

// Debian's python3 with python3-jsonschema and python3-yaml (scripts/setup-deps), not one a user put first on PATH.
QString python()
{
    const QString debian = QStringLiteral("/usr/bin/python3");
    return QFile::exists(debian) ? debian : QStringLiteral("python3");
}

} // namespace

SchemaCheck validateSchema(const QString& mode, const QStringList& files)
{
    SchemaCheck c;
    QProcess probe;
    probe.start(python(), {QStringLiteral("-c"), QStringLiteral("import jsonschema, yaml")});
    if (!probe.waitForFinished(60000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return c;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("python3"),
            QStringList {QStringLiteral(NPUFLEET_SOURCE_DIR "/tests/support/validate-schema.py"),
                         QStringLiteral(NPUFLEET_FIXTURES_DIR "/schemas"), mode}
                + files);
    c.ran = true;
    if (!p.waitForFinished(240000))
        return c;
    c.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    c.output = QString::fromUtf8(p.readAll());
    return c;
}

QStringList stackIgnoredKeys()
{
    QFile f(QStringLiteral(NPUFLEET_FIXTURES_DIR "/schemas/docker-stack-ignored-keys.txt"));
    QStringList keys;
    if (!f.open(QIODevice::ReadOnly))
        return keys;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QString k = QString::fromUtf8(line).trimmed();
        if (!k.isEmpty() && !k.startsWith(QLatin1Char('#')))
            keys << k;
    }
    return keys;
}

} // namespace npufleet::test
