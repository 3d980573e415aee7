// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/AxisLabels.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cmath>

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QValueAxis>

namespace npufleet::ui {

namespace {

struct AxisText
{
    Q_DECLARE_TR_FUNCTIONS(AxisText)
};

// Decimals that show ticks `step` apart exactly (0.25 → 2), at most three, when shown divided by `scale`.
int decimalsFor(double step, double scale)
{
    const double shown = std::abs(step / scale);
    if (shown <= 0 || !std::isfinite(shown))
        return 0;
    const int least = std::clamp(int(std::ceil(-std::log10(shown) - 1e-9)), 0, 3);
    for (int d = least; d <= 3; ++d) {
        const double scaled = shown * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            return d;
    }
    return std::min(3, least + 1);
}

QString number(double value, double step, double scale)
{
    QString text = QString::number(value / scale, 'f', decimalsFor(step, scale));
    if (text.contains(QLatin1Char('.'))) { // 1.50 → 1.5, 2.0 → 2
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

} // namespace

QString axisLabel(double value, double step, AxisUnit unit)
{
    const double a = std::abs(value);
    if (unit == AxisUnit::Milliseconds) {
        if (a >= 120'000)
            return AxisText::tr("%1 min").arg(number(value, step, 60'000));
        if (a >= 1000)
            return AxisText::tr("%1 s").arg(number(value, step, 1000));
        return AxisText::tr("%1 ms").arg(number(value, step, 1));
    }
    if (unit == AxisUnit::Seconds) {
        if (a >= 120)
            return AxisText::tr("%1 min").arg(number(value, step, 60));
        return AxisText::tr("%1 s").arg(number(value, step, 1));
    }
    if (a >= 1e9)
        return AxisText::tr("%1G").arg(number(value, step, 1e9));
    if (a >= 1e6)
        return AxisText::tr("%1M").arg(number(value, step, 1e6));
    if (a >= 1e4)
        return AxisText::tr("%1k").arg(number(value, step, 1e3));
    return number(value, step, 1);
}

QList<QString> axisLabels(double min, double max, int count, AxisUnit unit)
{
    QList<QString> labels;
    if (count < 2 || !std::isfinite(min) || !std::isfinite(max) || max <= min)
        return labels;
    double step = (max - min) / (count - 1);
    // More decimals until every label differs (1.25k and 1.5k, not 1.3k twice).
    for (int tries = 0; tries < 4; ++tries, step /= 10) {
        labels.clear();
        QSet<QString> seen;
        for (int i = 0; i < count; ++i) {
            const QString text = axisLabel(min + i * (max - min) / (count - 1), step, unit);
            labels << text;
            seen.insert(text);
        }
        if (seen.size() == labels.size())
            break;
    }
    return labels;
}

void useHumanLabels(QChart* chart, QValueAxis* axis, Qt::Alignment side, AxisUnit unit)
{
    auto* shown = new QCategoryAxis(chart);
    shown->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    shown->setGridLineVisible(false);
    shown->setLineVisible(false);
    shown->setTruncateLabels(false);
    // The labels say ms or s themselves; the axis's own title keeps "(ms)" for the exported CSV.
    auto visibleTitle = [unit](QString title) {
        if (unit == AxisUnit::Milliseconds && title.endsWith(QLatin1String(" (ms)")))
            title.chop(5);
        return title;
    };
    shown->setTitleText(visibleTitle(axis->titleText()));
    axis->setLabelsVisible(false);
    axis->setTitleVisible(false);
    chart->addAxis(shown, side);
    auto relabel = [axis, shown, unit] {
        const double min = axis->min();
        const double max = axis->max();
        for (const QString& label : shown->categoriesLabels())
            shown->remove(label);
        const QList<QString> labels = axisLabels(min, max, axis->tickCount(), unit);
        if (labels.isEmpty())
            return;
        // The first label sits on min: a category ending there, starting just below.
        shown->setStartValue(min - (max - min) * 1e-6);
        for (int i = 0; i < labels.size(); ++i)
            shown->append(labels.at(i), min + i * (max - min) / (labels.size() - 1));
        shown->setRange(min, max);
    };
    QObject::connect(axis, &QValueAxis::rangeChanged, shown, relabel);
    QObject::connect(axis, &QValueAxis::tickCountChanged, shown, relabel);
    QObject::connect(axis, &QValueAxis::titleTextChanged, shown,
                     [shown, visibleTitle](const QString& title) { shown->setTitleText(visibleTitle(title)); });
    relabel();
}

} // namespace npufleet::ui
