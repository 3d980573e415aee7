// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Log dock keeps every line with its time and level, and saves the whole log to a file.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/logs/LogDock.h"

using namespace npufleet::ui;

class TestLogDock : public QObject
{
    Q_OBJECT

private slots:
    void savesEveryLine()
    {
        LogDock dock;
        dock.append(LogDock::Level::Info, QStringLiteral("Launched qwen3 on atlas-106"));
        dock.append(LogDock::Level::Error, QStringLiteral("Shared storage: Stopped. 1 of 5 nodes failed"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.txt"));
        QVERIFY(dock.saveTo(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QLatin1String("Launched qwen3 on atlas-106")));
        QVERIFY(text.contains(QLatin1String("error: Shared storage: Stopped.")));
        QCOMPARE(text.count(QLatin1Char('\n')), 2);
        QVERIFY(text.section(QLatin1Char(' '), 0, 0).contains(QLatin1Char(':'))); // HH:mm:ss first
    }
};

QTEST_MAIN(TestLogDock)
#include "tst_logdock.moc"
