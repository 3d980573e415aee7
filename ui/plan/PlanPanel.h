// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>
#include <optional>

#include "core/deployment/Rules.h"
#include "core/planning/PlanInput.h"
#include "core/planning/PlanResult.h"

#include "ui/plan/NpuMemoryBars.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace npufleet::planning {
class Planner;
}
namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

class DeploymentChooser;
class PlanCalibrationBox;
class PlanTableModel;
class PlanWorkloadBar;
class SpeedChart;
struct PlanOutcome;
struct PlanRequest;

// Plans the chosen deployment on its placement and shows the ranked layouts, the memory of each
// NPU under the selected one, and applies a layout to the deployment as an undoable command.
class PlanPanel : public QWidget
{
    Q_OBJECT
public:
    PlanPanel(project::Project* project, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~PlanPanel() override;

    void setDeployment(const QString& name);
    QString deployment() const { return m_deployment; }

    // Selects the row of a layout; false when it is not listed.
    bool selectLayout(const project::Layout& layout);
    std::optional<project::Layout> selectedLayout() const;
    // Pushes the selected layout onto the undo stack, when it fits and differs from the current one. A layout
    // of another NPU count than the placement holds comes with a new placement (free NPUs, the deployment's
    // nodes first), as one undo step; false when there is no room for it.
    bool applySelected();
    // Runs a pending re-plan now (tests; the panel itself coalesces through a 0 ms timer).
    void flush();

    PlanTableModel* tableModel() const { return m_model; }
    QTableView* tableView() const { return m_view; }
    NpuMemoryBars* bars() const { return m_bars; }
    QPushButton* applyButton() const { return m_apply; }
    PlanWorkloadBar* workloadBar() const { return m_workload; }
    SpeedChart* speedChart() const { return m_speed; }
    PlanCalibrationBox* calibrationBox() const { return m_calibration; }
    QTabWidget* tabs() const { return m_tabs; }
    QString summaryText() const;
    QString messageText() const; // the error shown instead of a plan, or empty
    QString flagText() const; // what the panel says about the selected layout
    double lastPlanMs() const { return m_lastPlanMs; }

signals:
    void planned();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void scheduleReplan();
    PlanRequest request() const; // what a re-plan takes besides the project
    void replan();
    void showPlan(const PlanOutcome& outcome);
    void refillDeployments();
    void showError(const QString& message);
    void updateSummary();
    void updateSelection();
    int selectedSourceRow() const;
    struct Replacement
    {
        QList<project::Placement> devices; // empty: no room
        QString where; // "ds-node0 NPU 0,1,2,3"
        QString why;
    };
    Replacement replacementFor(const planning::PlanResult& plan) const;

    project::Project* m_project;
    QUndoStack* m_undoStack;
    QString m_deployment;

    QLabel* m_deploymentLabel;
    DeploymentChooser* m_deployments;
    QCheckBox* m_wholeNodes;
    QPushButton* m_apply;
    QLabel* m_message;
    QLabel* m_summary;
    QLabel* m_cluster;
    QLabel* m_barsTitle;
    NpuMemoryBars* m_bars;
    QLabel* m_flag;
    PlanTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QTimer* m_timer;
    PlanWorkloadBar* m_workload;
    QTabWidget* m_tabs; // memory per NPU, speed versus users
    SpeedChart* m_speed;
    PlanCalibrationBox* m_calibration;

    planning::PlanInput m_input;
    std::unique_ptr<planning::Planner> m_planner;
    std::optional<planning::PlanReport> m_report;
    QList<deployment::RuleViolation> m_errors; // the rules' errors for the deployment as it stands
    QString m_lastKey;
    quint64 m_generation = 0; // the newest re-plan asked for; older answers are dropped
    bool m_busy = false; // a re-plan runs in the thread pool
    bool m_again = false; // the project changed while it ran
    double m_lastPlanMs = 0;
};

} // namespace npufleet::ui
