// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QChart;
class QChartView;

namespace npufleet::ui {

// A chart's data as CSV: one row per point, "series,x,y", with the axis titles in the header.
QString chartCsv(const QChart* chart);
bool saveChartCsv(const QChart* chart, const QString& path);
// The chart as it is drawn, at twice the screen's resolution so that it stays sharp in documents.
bool saveChartPng(QChartView* view, const QString& path);

} // namespace npufleet::ui
