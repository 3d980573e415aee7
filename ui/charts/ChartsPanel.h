// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QWidget>
#include <functional>

#include "core/bench/BenchResult.h"
#include "core/bench/BenchTypes.h"
#include "core/bench/Dataset.h"

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QToolButton;

namespace npufleet::project {
class Project;
}
namespace npufleet::bench {
class BenchRunner;
}

namespace npufleet::ui {

class CompareView;
class DistributionView;
class LiveCharts;

// Benchmarks a deployment (or any OpenAI-compatible URL) as vllm bench serve does and charts
// it: live while it runs, distributions and percentiles after, and runs compared side by side.
// Every run is kept as a vLLM-format JSON file; files from vllm bench serve open here too.
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(project::Project* project, QWidget* parent = nullptr);
    ~ChartsPanel() override;

    // Where runs are kept (default: the app's data folder, "bench-runs", read on first show); the
    // runs already there replace those shown.
    void setRunsDirectory(const QString& dir);
    QString runsDirectory() const { return m_runsDir; }

    // Starts a run (or a sweep, with several rates or concurrencies) from the form.
    bool startRun();
    void stop();
    bool isRunning() const;
    // The form's settings, for tests and for callers that fill it in.
    void setTarget(const QUrl& baseUrl, const QString& model);
    void setLoad(int prompts, int inputLen, int outputLen, const QString& rates, const QString& concurrencies);

    bool openResult(const QString& path);
    void addResult(const bench::BenchResult& result, bool save);
    void addResults(const QList<bench::BenchResult>& results);
    const QList<bench::BenchResult>& results() const { return m_results; }

    // The chart on show (the live chart in focus, or the histogram, or the comparison).
    QChartView* currentChart() const;
    bool exportPng(const QString& path) const;
    bool exportCsv(const QString& path) const;

    LiveCharts* live() const { return m_live; }
    DistributionView* distribution() const { return m_distribution; }
    CompareView* compare() const { return m_compare; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void runFinished(const npufleet::bench::BenchResult& result);
    void allFinished();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void clear(); // another project: no run, no result and no address of the last one
    // The status line, as a function so that it says the same again in another language.
    void setStatus(std::function<QString()> text);
    void loadRunsDirectory();
    QWidget* makeForm();
    void reloadDeployments();
    void onRunFinished(int point, const bench::BenchResult& result);
    void openDialog();
    void exportDialog(bool png);
    void updateState();

    project::Project* m_project;
    bench::BenchRunner* m_runner;
    QList<bench::BenchResult> m_results;
    bool m_runsLoaded = false;
    QString m_runsDir;
    QComboBox* m_deployment;
    QLineEdit* m_url;
    QLineEdit* m_model;
    QComboBox* m_endpoint;
    QSpinBox* m_prompts;
    QSpinBox* m_inputLen;
    QSpinBox* m_outputLen;
    QLineEdit* m_rates;
    QLineEdit* m_concurrency;
    QLineEdit* m_goodput; // SLOs as vLLM's --goodput: "ttft:200 tpot:50"
    QPushButton* m_run;
    QPushButton* m_stop;
    QLabel* m_status;
    std::function<QString()> m_statusText;
    QList<QPair<QLabel*, const char*>> m_labels; // the form's labels and their source texts
    QToolButton* m_openButton;
    QToolButton* m_pngButton;
    QToolButton* m_csvButton;
    QTabWidget* m_tabs;
    LiveCharts* m_live;
    DistributionView* m_distribution;
    CompareView* m_compare;
    int m_points = 0;
};

} // namespace npufleet::ui
