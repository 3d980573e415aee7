// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include "core/bench/BenchResult.h"

class QChartView;
class QComboBox;
class QLabel;
class QListWidget;

namespace npufleet::ui {

// Runs side by side: latency against output throughput, one point per run (per rate or
// concurrency), one curve per model and label, for the runs ticked in the list.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(QWidget* parent = nullptr);

    void setRuns(const QList<bench::BenchResult>& runs);
    void setChecked(int row, bool checked);
    void setLatency(const QString& metric, const QString& statistic); // e.g. "tpot", "median"

    QChartView* view() const { return m_view; }
    QListWidget* list() const { return m_list; }
    int pointCount() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void redraw();
    void retranslate();
    void retip();

    QList<bench::BenchResult> m_runs;
    QListWidget* m_list;
    QComboBox* m_metric;
    QComboBox* m_statistic;
    QLabel* m_listLabel;
    QChartView* m_view;
};

} // namespace npufleet::ui
