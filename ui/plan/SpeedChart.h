// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include "core/planning/SpeedCurves.h"

class QChartView;
class QLabel;

namespace npufleet::ui {

// The predicted speed of the top layouts versus users at once, side by side: output tokens/s, TTFT and
// TPOT, one curve per layout in the same colour in each, from one user up to what the layout's KV cache
// serves at once; below, each layout with what limits it at the chosen workload.
class SpeedChart : public QWidget
{
    Q_OBJECT
public:
    explicit SpeedChart(QWidget* parent = nullptr);

    void setCurves(const QList<planning::SpeedCurve>& curves, int workloadConcurrency);
    void clear() { setCurves({}, 0); }

    int seriesCount() const; // over the three charts
    QList<QChartView*> views() const { return m_views; }
    QString limitsText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void redraw();

    QList<QChartView*> m_views; // throughput, TTFT, TPOT
    QLabel* m_limits;
    QLabel* m_placeholder;
    QList<planning::SpeedCurve> m_curves;
    int m_workloadConcurrency = 0;
};

} // namespace npufleet::ui
