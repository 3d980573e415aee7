// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "CliRun.h"

using npufleet::test::runCli;

class TestCliBasics : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void help();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void verbHelp_data();
    void verbHelp();
};

void TestCliBasics::version()
{
    const auto run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("npufleet " NPUFLEET_VERSION));
}

void TestCliBasics::help()
{
    const auto run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char* verb : {"plan", "inventory", "exec", "export", "preflight", "diagnose", "chat", "bench", "monitor"})
        QVERIFY2(run.out.contains(QByteArray(QByteArray("  ") + verb + ' ')), verb);
}

void TestCliBasics::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("unknown option '--frobnicate'");
    QTest::newRow("unknown verb option") << QStringList{QStringLiteral("plan"), QStringLiteral("--frobnicate")}
                                         << QStringLiteral("npufleet plan:");
    QTest::newRow("inventory without input") << QStringList{QStringLiteral("inventory")} << QStringLiteral("npufleet inventory");
}

void TestCliBasics::badUsageExitsTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto run = runCli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCliBasics::verbHelp_data()
{
    QTest::addColumn<QString>("verb");
    for (const char* verb : {"plan", "inventory"})
        QTest::newRow(verb) << QString::fromLatin1(verb);
}

void TestCliBasics::verbHelp()
{
    QFETCH(QString, verb);
    const auto run = runCli({verb, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QByteArray("Usage: npufleet " + verb.toUtf8())), run.out.constData());
}

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_cli_basics.moc"
