// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "ui/charts/AxisLabels.h"

class QChart;
class QChartView;
class QValueAxis;
class QWidget;

namespace npufleet::ui {

// One look for every benchmark chart: a title, no animation (live data), thin margins.
QChartView* makeChartView(const QString& title, QWidget* parent);
// Its labels in human units (12k, 1.5 s), never printf's 1e+04.
QValueAxis* addValueAxis(QChart* chart, Qt::Alignment side, const QString& title, AxisUnit unit = AxisUnit::Count);
// A count axis from 0 to above tallest whose ticks are whole numbers (0, 1, 2 … or 0, 5, 10 …, at most 6 ticks).
void setCountRange(QValueAxis* axis, double tallest);
// Grows an axis to hold v (with headroom) without ever shrinking it during a run.
void growAxis(QValueAxis* axis, double v);
// Empties a chart for a new drawing: every series and axis goes.
void clearChart(QChart* chart);

} // namespace npufleet::ui
