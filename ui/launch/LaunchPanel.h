// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
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
    void stop(const QString& deployment = {}); // all three ask first, naming the deployment and its nodes
    void restart(const QString& deployment = {}); // pre-flight, then a launch (which replaces what runs)
    void cancel();

signals:
    void preflightFinished(const npufleet::checks::PreflightReport& report);
    void runFinished(bool ok, const QString& summary);
    // One per node when a launch or stop ends: what ran there and how it ended (the Log dock keeps it).
    void nodeFinished(bool ok, const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Status { Waiting, Running, Done, Failed, Skipped };
    enum class Action { Launch, Restart, Stop };
    struct NodeTally
    {
        int done = 0;
        int failed = 0;
        int skipped = 0;
        QString firstFailure;
    };

    void retranslate();
    void selectDeployment(const QString& name);
    bool startPreflight(bool thenLaunch);
    void onPreflightFinished(const checks::PreflightReport& report);
    bool confirm(Action action);
    void reportNodes(bool launching);
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
    QPushButton* m_restartButton;
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
    bool m_launching = false; // what the current run does
    QString m_runDeployment;
    QMap<QString, NodeTally> m_tally; // node → its steps so far
};

} // namespace npufleet::ui
