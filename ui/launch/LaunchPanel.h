// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

#include "core/checks/PreflightReport.h"
#include "core/recipes/LaunchPlan.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace npufleet::project {
class Project;
}
namespace npufleet::checks {
class PreflightRunner;
}
namespace npufleet::deployment {
class LaunchRunner;
}

namespace npufleet::ui {

class DeploymentChooser;

// Launches and stops a deployment on its nodes: pre-flight first (a launch stops on its errors unless the
// user says otherwise), then the plan's steps per node with their state and time, and the live output.
class LaunchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LaunchPanel(project::Project* project, QWidget* parent = nullptr);
    ~LaunchPanel() override;

    QTableWidget* stepTable() const { return m_steps; }
    QPlainTextEdit* logView() const { return m_log; }
    QCheckBox* ignoreErrorsBox() const { return m_ignoreErrors; }
    bool isBusy() const;
    // The state shown for a step ("done", "failed", …): for tests and accessibility.
    QString stepStatus(const QString& stepId) const;

public slots:
    void runPreflight(const QString& deployment = {});
    void launch(const QString& deployment = {});
    void stop(const QString& deployment = {}); // both ask first, naming the deployment and its nodes
    void cancel();

signals:
    void preflightFinished(const npufleet::checks::PreflightReport& report);
    void runFinished(bool ok, const QString& summary);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Status { Waiting, Running, Done, Failed, Skipped };

    void retranslate();
    void selectDeployment(const QString& name);
    bool startPreflight(bool thenLaunch);
    void onPreflightFinished(const checks::PreflightReport& report);
    bool confirm(bool launching);
    void startRun(bool launching, const QString& deployment);
    void fillSteps(const QList<recipes::Step>& steps);
    void setStepStatus(const QString& stepId, Status status, const QString& message = {});
    void renderRow(int row);
    void tick();
    void appendLog(const QString& line);
    void flushLog();
    void setBusy(bool busy);
    void setStatus(const QString& text);

    project::Project* m_project;
    checks::PreflightRunner* m_preflight;
    deployment::LaunchRunner* m_runner;
    QLabel* m_deploymentLabel;
    DeploymentChooser* m_deployment;
    QPushButton* m_preflightButton;
    QPushButton* m_launchButton;
    QPushButton* m_stopButton;
    QPushButton* m_cancelButton;
    QCheckBox* m_ignoreErrors;
    QLabel* m_status;
    QTableWidget* m_steps;
    QPlainTextEdit* m_log;
    QTimer* m_logTimer;
    QTimer* m_clock;
    QStringList m_pendingLog;
    QHash<QString, int> m_rows; // step id → row
    QHash<QString, QElapsedTimer> m_started;
    bool m_launchAfterPreflight = false;
};

} // namespace npufleet::ui
