// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <Qt>

class QChart;
class QValueAxis;

namespace npufleet::ui {

// What an axis counts, for its labels: Count reads 950, 12k, 1.5M; Milliseconds reads 800 ms, 1.5 s, 2 min.
enum class AxisUnit { Count, Milliseconds, Seconds };

// One tick's label; step (the distance between ticks) decides the decimals, so that ticks differ.
QString axisLabel(double value, double step, AxisUnit unit);
// The labels for ticks from min to max, count ticks, all different.
QList<QString> axisLabels(double min, double max, int count, AxisUnit unit);

// QValueAxis prints labels with printf ("1e+04"): this hides its labels and shows ours beside it, on the
// same ticks, following every range change. The axis keeps its title for exports.
void useHumanLabels(QChart* chart, QValueAxis* axis, Qt::Alignment side, AxisUnit unit);

} // namespace npufleet::ui
