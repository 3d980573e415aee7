// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fixtures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace npufleet::test {

QString fixturePath(const QString& relative)
{
    return QDir(QStringLiteral(NPUFLEET_FIXTURES_DIR)).filePath(relative);
}

static QByteArray readAll(const QString& relative)
{
    QFile f(fixturePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

QByteArray fixtureBody(const QString& relative)
{
    const QByteArray all = readAll(relative);
    qsizetype pos = 0;
    while (pos < all.size() && all.mid(pos, 2) == "# ") {
        const qsizetype nl = all.indexOf('\n', pos);
        if (nl < 0)
            return {};
        pos = nl + 1;
    }
    return all.mid(pos);
}

QString fixtureHeader(const QString& relative, const QString& key)
{
    const QList<QByteArray> lines = readAll(relative).split('\n');
    const QByteArray prefix = "# " + key.toUtf8() + ':';
    for (const QByteArray& line : lines) {
        if (!line.startsWith("# "))
            break;
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(prefix.size())).trimmed();
    }
    return {};
}

QStringList fixtureFiles(const QString& folder, const QString& glob)
{
    QDir dir(fixturePath(folder));
    QStringList out;
    const QStringList names = dir.entryList({glob}, QDir::Files, QDir::Name);
    for (const QString& n : names)
        out << folder + QLatin1Char('/') + n;
    return out;
}

QString screenshotPath(const QString& name)
{
    QString dir = qEnvironmentVariable("NPUFLEET_TEST_SCREENSHOTS");
    if (dir.isEmpty())
        dir = QStringLiteral(NPUFLEET_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

void useFreshSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("npufleet-test"));
    QSettings().clear();
}

} // namespace npufleet::test
