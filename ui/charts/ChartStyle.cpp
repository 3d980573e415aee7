// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/ChartStyle.h"

#include <algorithm>
#include <cmath>

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

namespace npufleet::ui {

QChartView* makeChartView(const QString& title, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 20, 4)); // room for half the last tick's label ("200 ms") on the right
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->hide();
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(200, 150); // three side by side still fit a 1024 px window
    return view;
}

QValueAxis* addValueAxis(QChart* chart, Qt::Alignment side, const QString& title, AxisUnit unit)
{
    auto* axis = new QValueAxis(chart);
    axis->setTitleText(title);
    axis->setRange(0, 1);
    axis->setLabelFormat(QStringLiteral("%.4g"));
    axis->setTickCount(5);
    chart->addAxis(axis, side);
    useHumanLabels(chart, axis, side, unit);
    return axis;
}

void setCountRange(QValueAxis* axis, double tallest)
{
    const double step = std::max(1.0, std::ceil(tallest / 4));
    const double top = step * (std::floor(tallest / step) + 1);
    axis->setTickCount(int(top / step) + 1);
    axis->setRange(0, top);
}

void growAxis(QValueAxis* axis, double v)
{
    if (!std::isfinite(v) || v <= axis->max())
        return;
    axis->setMax(v * 1.15);
    axis->applyNiceNumbers();
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* a : axes) {
        chart->removeAxis(a);
        delete a;
    }
}

} // namespace npufleet::ui
