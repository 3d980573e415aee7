// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Terminal columns of table cells: Chinese headers must not push the columns out of line.

#include <QTest>

#include "core/util/TextWidth.h"

using namespace npufleet;

class TestTextWidth : public QObject
{
    Q_OBJECT

private slots:
    void widths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("ascii") << QStringLiteral("Health") << 6;
        QTest::newRow("chinese") << QStringLiteral("健康") << 4;
        QTest::newRow("mixed") << QStringLiteral("HBM 已用") << 8;
        QTest::newRow("full-width colon") << QStringLiteral("节点：") << 6;
        QTest::newRow("combining accent") << QStringLiteral("e\u0301") << 1;
        QTest::newRow("empty") << QString() << 0;
    }
    void widths()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QCOMPARE(util::displayWidth(text), width);
    }

    void padsByColumns()
    {
        QCOMPARE(util::padToWidth(QStringLiteral("节点"), 6, true), QStringLiteral("节点  "));
        QCOMPARE(util::padToWidth(QStringLiteral("42"), 4, false), QStringLiteral("  42"));
        QCOMPARE(util::padToWidth(QStringLiteral("toolong"), 3, true), QStringLiteral("toolong"));
    }
};

QTEST_GUILESS_MAIN(TestTextWidth)
#include "tst_textwidth.moc"
