// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <functional>

#include "core/checks/PreflightReport.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace npufleet::project {
class Project;
}
namespace npufleet::checks {
class PreflightRunner;
}

namespace npufleet::ui {

class DeploymentChooser;

class PingMatrixModel;
class PreflightResultsModel;

// Pre-flight of a deployment: nodes × checks grid (red / amber / green), the evidence and fix of the
// selected cell, and the NPU link matrix. Runs on the project's transport (the simulator for demos).
class PreflightPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PreflightPanel(project::Project* project, QWidget* parent = nullptr);
    ~PreflightPanel() override;

    PreflightResultsModel* resultsModel() const { return m_results; }
    PingMatrixModel* pingModel() const { return m_pings; }
    QTableView* grid() const { return m_grid; }
    bool isRunning() const;
    const checks::PreflightReport& lastReport() const { return m_report; }

public slots:
    // Checks that deployment (empty: the one chosen in the panel).
    void run(const QString& deployment = {});
    // Checks again the nodes of the last run that did not answer, keeping the other nodes' findings.
    void retryUnanswered();
    void cancel();
    // Shows a report made elsewhere (the pre-flight that Launch runs first), unless a check runs here.
    void showReport(const npufleet::checks::PreflightReport& report);

signals:
    void finished(const npufleet::checks::PreflightReport& report);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void clear(); // no findings, nothing running
    void showDetails(const QModelIndex& index);
    void showPing(const QModelIndex& index);
    void onFinished(const checks::PreflightReport& report);
    // The status line, as a function so that it says the same again in another language.
    void setStatus(std::function<QString()> text);
    void showSummary(); // the status and retry lines of m_report

    project::Project* m_project;
    checks::PreflightRunner* m_runner;
    PreflightResultsModel* m_results;
    PingMatrixModel* m_pings;
    DeploymentChooser* m_deployment;
    QPushButton* m_runButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    QLabel* m_status;
    std::function<QString()> m_statusText;
    QLabel* m_deploymentLabel;
    QLabel* m_retry; // "n node(s) did not answer: … Check them again"

    QTableView* m_grid;
    QLabel* m_matrixLabel;
    QTableView* m_matrix;
    QTextBrowser* m_details;
    checks::PreflightReport m_report;
};

} // namespace npufleet::ui
