// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

class AssignmentBoard;
class DeploymentActions;
class HelpMenu;
class ChartsPanel;
class ClusterPane;
class LaunchPanel;
class MonitorPanel;
class ModelLibraryPane;
class InventoryController;
class LogDock;
class NodeDetailsPane;
class PlanPanel;
class PreflightPanel;
class PlaygroundPane;
class ProjectController;
class StartPage;

// Arranges the panes in docks and owns the actions; each pane does its own job.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString& path);
    bool openDemo(const QString& name);
    // What the command line names: "demo:NAME" for a bundled demo, else a project file.
    bool openArgument(const QString& argument);

    project::Project* project() const { return m_project; }
    QUndoStack* undoStack() const { return m_undoStack; }
    ClusterPane* clusterPane() const { return m_clusterPane; }
    NodeDetailsPane* detailsPane() const { return m_details; }
    InventoryController* inventory() const { return m_inventory; }
    ProjectController* files() const { return m_files; }
    LogDock* logDock() const { return m_log; }
    DeploymentActions* deploymentActions() const { return m_deployments; }
    PreflightPanel* preflightPanel() const { return m_preflight; }
    LaunchPanel* launchPanel() const { return m_launch; }
    StartPage* startPage() const { return m_start; }
    bool isShowingStartPage() const;
    void setLanguage(const QString& locale);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void updateTitle();
    void updateRecentMenu();
    void updateNodeActions();

    void addNode();
    void editNode();
    void removeNode();
    void importSshConfig();
    void showAbout();
    void showPreferences();
    void showNfsWizard();
    void logActivity(bool ok, const QString& text); // launch, stop, NFS apply/undo, export
    void showExportDialog();

    project::Project* m_project;
    QUndoStack* m_undoStack;
    ProjectController* m_files;
    InventoryController* m_inventory;
    ClusterPane* m_clusterPane;
    NodeDetailsPane* m_details;
    AssignmentBoard* m_board;
    DeploymentActions* m_deployments = nullptr;
    HelpMenu* m_help = nullptr;
    ModelLibraryPane* m_library;
    QDockWidget* m_libraryDock;
    PlanPanel* m_plan;
    PreflightPanel* m_preflight;
    LaunchPanel* m_launch;
    PlaygroundPane* m_playground;
    ChartsPanel* m_charts;
    MonitorPanel* m_monitor;
    QTabWidget* m_tabs;
    StartPage* m_start;
    QStackedWidget* m_centre;
    QDockWidget* m_clusterDock;
    LogDock* m_log;
    QLabel* m_statusLabel;
    QProgressBar* m_progress;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_demoMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_clusterMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QAction* m_save = nullptr;
    QAction* m_saveAs = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_addNode = nullptr;
    QAction* m_editNode = nullptr;
    QAction* m_removeNode = nullptr;
    QAction* m_importSsh = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_cancelRefresh = nullptr;
    QAction* m_about = nullptr;
    QAction* m_preferences = nullptr;
    QAction* m_nfsWizard = nullptr;
    QAction* m_export = nullptr;
    QDockWidget* m_undoDock = nullptr;
    QAction* m_english = nullptr;
    QAction* m_chinese = nullptr;
    QActionGroup* m_languages = nullptr;
};

} // namespace npufleet::ui
