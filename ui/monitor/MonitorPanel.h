// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <optional>

#include "core/monitoring/ServerMetrics.h"

class QBarSeries;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QLineSeries;
class QPushButton;
class QSpinBox;
class QThread;
class QValueAxis;

namespace npufleet::project {
class Project;
}
namespace npufleet::monitoring {
class MetricsPoller;
}

namespace npufleet::ui {

// A running server's own figures from its Prometheus /metrics, read every few seconds on a
// worker thread: requests running and waiting, KV-cache use, prompt and generation tokens/s,
// and the TTFT and end-to-end latency histograms since watching began.
class MonitorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MonitorPanel(project::Project* project, QWidget* parent = nullptr);
    ~MonitorPanel() override;

    void setUrl(const QUrl& baseUrl); // the server's base URL or its /metrics URL
    void start();
    void stop();
    bool isWatching() const { return m_watching; }
    void setIntervalSeconds(int seconds);

    int sampleCount() const { return m_samples; }
    const std::optional<monitoring::ServerMetrics>& last() const { return m_last; }
    QList<QChartView*> views() const { return m_views; }
    QLabel* statusLabel() const { return m_status; }

signals:
    void sampled(const npufleet::monitoring::ServerMetrics& metrics);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct TimePlot
    {
        QChartView* view = nullptr;
        QValueAxis* x = nullptr;
        QValueAxis* y = nullptr;
        QList<QLineSeries*> series;
    };
    TimePlot makeTimePlot(int lines);
    QChartView* makeHistogram();
    void drawHistogram(QChartView* view, const monitoring::PromHistogram& h, const QString& name);
    void drawHistograms();
    void onSample(const monitoring::ServerMetrics& m);
    void reloadDeployments();
    void retranslate();
    void updateStatus();
    void clear(); // another project: nothing watched, nothing shown

    project::Project* m_project;
    QThread* m_thread;
    monitoring::MetricsPoller* m_poller;
    QComboBox* m_deployment;
    QLineEdit* m_url;
    QSpinBox* m_interval;
    QPushButton* m_watch;
    QLabel* m_status;
    QLabel* m_deploymentLabel;
    QLabel* m_everyLabel;
    QString m_failure; // the last poll's error, shown until the next sample
    QList<QChartView*> m_views;
    TimePlot m_requests, m_kv, m_tokens;
    QChartView* m_ttft;
    QChartView* m_e2e;
    std::optional<monitoring::ServerMetrics> m_first;
    std::optional<monitoring::ServerMetrics> m_last;
    monitoring::PromHistogram m_ttftShown;
    monitoring::PromHistogram m_e2eShown;
    int m_samples = 0;
    bool m_watching = false;
};

} // namespace npufleet::ui
