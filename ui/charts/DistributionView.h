// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/bench/BenchResult.h"

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace npufleet::ui {

// One finished run: the distribution of TTFT, TPOT, ITL or E2EL as a histogram and a CDF, and
// the percentile table of all four (as vLLM saved them).
class DistributionView : public QWidget
{
    Q_OBJECT
public:
    explicit DistributionView(QWidget* parent = nullptr);

    void setResult(const bench::BenchResult& result);
    void setMetric(const QString& key); // ttft tpot itl e2el

    QChartView* histogramView() const { return m_histogram; }
    QChartView* cdfView() const { return m_cdf; }
    QTableWidget* table() const { return m_table; }
    QComboBox* metricBox() const { return m_metric; }
    // The run's summary figures: requests, failures, duration, throughputs, goodput, tokens.
    QLabel* headline() const { return m_headline; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void redraw();
    void fillTable();
    void fillHeadline();
    void retranslate();
    QList<double> valuesMs(const QString& key) const;

    bench::BenchResult m_result;
    QComboBox* m_metric;
    QLabel* m_metricLabel;
    QLabel* m_headline;
    QLabel* m_summary;
    QChartView* m_histogram;
    QChartView* m_cdf;
    QTableWidget* m_table;
};

} // namespace npufleet::ui
