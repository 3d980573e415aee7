// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Chart axes read in human units: 12.5k, 1.5M, 800 ms, 1.5 s, never printf's 1e+04; ticks never repeat.
#include <QtTest>
#include <cmath>

#include <QtCharts/QValueAxis>

#include "ui/charts/AxisLabels.h"
#include "ui/charts/ChartStyle.h"

using namespace npufleet::ui;

class TestAxisLabels : public QObject
{
    Q_OBJECT

private slots:
    void labels()
    {
        QCOMPARE(axisLabels(0, 40000, 5, AxisUnit::Count),
                 (QList<QString> {QStringLiteral("0"), QStringLiteral("10k"), QStringLiteral("20k"),
                                  QStringLiteral("30k"), QStringLiteral("40k")}));
        QCOMPARE(axisLabels(0, 1, 5, AxisUnit::Count),
                 (QList<QString> {QStringLiteral("0"), QStringLiteral("0.25"), QStringLiteral("0.5"),
                                  QStringLiteral("0.75"), QStringLiteral("1")}));
        QCOMPARE(axisLabel(1'500'000, 500'000, AxisUnit::Count), QStringLiteral("1.5M"));
        QCOMPARE(axisLabel(950, 50, AxisUnit::Count), QStringLiteral("950"));
        QCOMPARE(axisLabel(800, 200, AxisUnit::Milliseconds), QStringLiteral("800 ms"));
        QCOMPARE(axisLabel(1500, 500, AxisUnit::Milliseconds), QStringLiteral("1.5 s"));
        QCOMPARE(axisLabel(180'000, 60'000, AxisUnit::Milliseconds), QStringLiteral("3 min"));
        QCOMPARE(axisLabel(2.5, 0.5, AxisUnit::Seconds), QStringLiteral("2.5 s"));
        QCOMPARE(axisLabel(180, 60, AxisUnit::Seconds), QStringLiteral("3 min"));
        for (const QString& l : axisLabels(0, 12345.6, 5, AxisUnit::Count))
            QVERIFY2(!l.contains(QLatin1Char('e')), qPrintable(l));
        const QList<QString> close = axisLabels(10000, 10004, 5, AxisUnit::Count);
        QCOMPARE(QSet<QString>(close.cbegin(), close.cend()).size(), 5);
    }

    // Counts are whole: four requests give ticks 0 … 5, not 0, 1.1, 2.2 … 4.4.
    void countAxesTickWholeNumbers()
    {
        QValueAxis axis;
        setCountRange(&axis, 4);
        QCOMPARE(axis.max(), 5.0);
        QCOMPARE(axis.tickCount(), 6);
        setCountRange(&axis, 20);
        QCOMPARE(axis.max(), 25.0);
        QCOMPARE(axis.tickCount(), 6);
        setCountRange(&axis, 1);
        QCOMPARE(axis.max(), 2.0);
        QCOMPARE(axis.tickCount(), 3);
        for (int tallest : {0, 3, 7, 33, 400}) {
            setCountRange(&axis, tallest);
            const double step = axis.max() / (axis.tickCount() - 1);
            QVERIFY(axis.max() > tallest && axis.tickCount() <= 6);
            QCOMPARE(step, std::round(step));
        }
    }
};

QTEST_MAIN(TestAxisLabels)
#include "tst_axislabels.moc"
