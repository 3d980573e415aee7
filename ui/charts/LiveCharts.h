// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include "core/bench/BenchTypes.h"

#include "ui/charts/AxisLabels.h"

class QChartView;
class QLineSeries;
class QScatterSeries;
class QTimer;
class QValueAxis;

namespace npufleet::ui {

// A run as it happens: requests completed, output tokens/s, and each request's TTFT and mean
// ITL as it finishes. Samples are batched and drawn a few times a second.
class LiveCharts : public QWidget
{
    Q_OBJECT
public:
    explicit LiveCharts(QWidget* parent = nullptr);

    void clear();
    void addSample(const bench::LiveSample& sample);
    void flush();

    QList<QChartView*> views() const { return m_views; }
    int completedCount() const { return m_completed; }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Plot
    {
        QChartView* view;
        QValueAxis* x;
        QValueAxis* y;
    };
    Plot makePlot(const QString& title, const QString& yTitle, AxisUnit unit = AxisUnit::Count);
    void retitle();
    void retranslate();

    QList<QChartView*> m_views;
    Plot m_done, m_tokens, m_ttft, m_itl;
    QLineSeries* m_doneSeries;
    QLineSeries* m_tokenSeries;
    QScatterSeries* m_ttftSeries;
    QScatterSeries* m_itlSeries;
    QList<bench::LiveSample> m_pending;
    QList<double> m_tokenBuckets; // output tokens per bucket of s_bucket seconds
    QTimer* m_timer;
    int m_completed = 0;
    int m_failed = 0;
};

} // namespace npufleet::ui
