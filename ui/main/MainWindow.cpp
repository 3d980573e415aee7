// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>

#include "core/project/DemoProjects.h"
#include "core/project/Project.h"
#include "core/util/Translations.h"

#include "ui/assign/AssignmentBoard.h"
#include "ui/assign/ModelLibraryPane.h"
#include "ui/charts/ChartsPanel.h"
#include "ui/cluster/ClusterPane.h"
#include "ui/cluster/InventoryController.h"
#include "ui/cluster/NodeDetailsPane.h"
#include "ui/commands/NodeCommands.h"
#include "ui/common/ElidedToolTips.h"
#include "ui/common/ProjectSession.h"
#include "ui/deployment/DeploymentActions.h"
#include "ui/dialogs/Ask.h"
#include "ui/dialogs/NodeDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dialogs/SshImportDialog.h"
#include "ui/export/ExportDialog.h"
#include "ui/help/HelpMenu.h"
#include "ui/launch/LaunchPanel.h"
#include "ui/logs/LogDock.h"
#include "ui/main/ProjectController.h"
#include "ui/main/Settings.h"
#include "ui/main/StartPage.h"
#include "ui/main/Theme.h"
#include "ui/monitor/MonitorPanel.h"
#include "ui/nfs/NfsWizard.h"
#include "ui/plan/PlanPanel.h"
#include "ui/playground/PlaygroundPane.h"
#include "ui/playground/PromptEdit.h"
#include "ui/preflight/PreflightPanel.h"

namespace npufleet::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_project(new project::Project(this))
    , m_undoStack(new QUndoStack(this))
    , m_files(new ProjectController(m_project, m_undoStack, this))
    , m_inventory(new InventoryController(m_project, this))
    , m_clusterPane(new ClusterPane(m_project, this))
    , m_details(new NodeDetailsPane(m_project, this))
    , m_board(new AssignmentBoard(m_project, m_undoStack, this))
    , m_library(new ModelLibraryPane(m_project, m_undoStack, this))
    , m_libraryDock(new QDockWidget(this))
    , m_plan(new PlanPanel(m_project, m_undoStack, this))
    , m_preflight(new PreflightPanel(m_project, this))
    , m_launch(new LaunchPanel(m_project, this))
    , m_playground(new PlaygroundPane(m_project, this))
    , m_charts(new ChartsPanel(m_project, this))
    , m_monitor(new MonitorPanel(m_project, this))
    , m_tabs(new QTabWidget(this))
    , m_start(new StartPage(this))
    , m_centre(new QStackedWidget(this))
    , m_clusterDock(new QDockWidget(this))
    , m_log(new LogDock(this))
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    ProjectSession::of(m_project)->setUndoStack(m_undoStack);
    setWindowIcon(QIcon(QStringLiteral(":/icons/app-icon.svg")));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_board, QString());
    m_tabs->addTab(m_details, QString());
    m_tabs->addTab(m_plan, QString());
    m_tabs->addTab(m_preflight, QString());
    m_tabs->addTab(m_launch, QString());
    // "Launch stopped: see Pre-flight" must find the findings there.
    connect(m_launch, &LaunchPanel::preflightFinished, m_preflight, &PreflightPanel::showReport);
    m_tabs->addTab(m_playground, QString());
    m_tabs->addTab(m_charts, QString());
    m_tabs->addTab(m_monitor, QString());
    // Until a project is open the window offers what to open; nothing is opened behind the user's back.
    m_centre->addWidget(m_start);
    m_centre->addWidget(m_tabs);
    setCentralWidget(m_centre);
    connect(m_start, &StartPage::openRequested, this, [this] { m_files->openWithDialog(); });
    connect(m_start, &StartPage::recentRequested, this, [this](const QString& path) { m_files->open(path); });
    connect(m_start, &StartPage::demoRequested, this, [this](const QString& name) { m_files->openDemo(name); });
    connect(m_start, &StartPage::newRequested, this, [this] { m_files->newProject(); });
    connect(m_start, &StartPage::importRequested, this, [this] {
        if (m_files->newProject())
            importSshConfig();
    });

    m_clusterDock->setObjectName(QStringLiteral("clusterDock"));
    m_clusterDock->setWidget(m_clusterPane);
    addDockWidget(Qt::LeftDockWidgetArea, m_clusterDock);
    m_libraryDock->setObjectName(QStringLiteral("libraryDock"));
    m_libraryDock->setWidget(m_library);
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    tabifyDockWidget(m_clusterDock, m_libraryDock);
    m_clusterDock->raise();
    addDockWidget(Qt::BottomDockWidgetArea, m_log);
    resizeDocks({m_clusterDock}, {520}, Qt::Horizontal);
    resizeDocks({m_log}, {140}, Qt::Vertical);
    m_undoDock = new QDockWidget(this);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    m_undoDock->setWidget(new QUndoView(m_undoStack, m_undoDock));
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();

    m_progress->setMaximumWidth(180);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);

    createActions();
    createMenus();

    connect(m_clusterPane, &ClusterPane::selectionChanged, m_details, &NodeDetailsPane::showItem);
    connect(m_library, &ModelLibraryPane::assignToSelectionRequested, m_board, &AssignmentBoard::assignToSelection);
    connect(m_board, &AssignmentBoard::propertiesRequested, m_deployments, &DeploymentActions::showProperties);
    connect(m_board, &AssignmentBoard::wizardRequested, m_deployments,
            [this](const DropTarget& target) { m_deployments->showWizard({}, target); });
    connect(m_library, &ModelLibraryPane::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_clusterPane, &ClusterPane::selectionChanged, this, &MainWindow::updateNodeActions);
    connect(m_clusterPane, &ClusterPane::nodeActivated, this, &MainWindow::editNode);
    connect(m_files, &ProjectController::titleChanged, this, &MainWindow::updateTitle);
    connect(m_files, &ProjectController::recentProjectsChanged, this, &MainWindow::updateRecentMenu);
    connect(m_files, &ProjectController::message, this, [this](const QString& text, bool isError) {
        m_log->append(isError ? LogDock::Level::Error : LogDock::Level::Info, text);
        statusBar()->showMessage(text, 5000);
    });
    // Every run that changes nodes is in the log: what, where, and how it ended.
    connect(m_launch, &LaunchPanel::runFinished, this, &MainWindow::logActivity);
    connect(m_launch, &LaunchPanel::nodeFinished, this, &MainWindow::logActivity);
    connect(m_inventory, &InventoryController::message, this, [this](const QString& text, bool isError) {
        m_log->append(isError ? LogDock::Level::Error : LogDock::Level::Warning, text);
    });
    connect(m_inventory, &InventoryController::started, this, [this](int nodes) {
        m_progress->setRange(0, nodes);
        m_progress->setValue(0);
        m_progress->setVisible(true);
        m_cancelRefresh->setEnabled(true);
        m_refresh->setEnabled(false);
    });
    connect(m_inventory, &InventoryController::progress, m_progress, &QProgressBar::setValue);
    connect(m_inventory, &InventoryController::failuresChanged, m_clusterPane, &ClusterPane::showFailures);
    connect(m_clusterPane, &ClusterPane::retryFailedRequested, m_inventory, &InventoryController::retryFailed);
    connect(m_inventory, &InventoryController::finished, this, [this](int failed) {
        m_progress->setVisible(false);
        m_cancelRefresh->setEnabled(false);
        m_refresh->setEnabled(true);
        const QString text = failed == 0
            ? tr("Inventory refreshed: all %n node(s) answered.", nullptr, int(m_project->data().nodes.size()))
            : tr("Inventory refreshed: %n node(s) did not answer.", nullptr, failed);
        m_log->append(failed == 0 ? LogDock::Level::Info : LogDock::Level::Warning, text);
        statusBar()->showMessage(text, 5000);
    });
    // A newly opened project shows its live state at once.
    connect(m_project, &project::Project::wasReset, this, [this] {
        m_centre->setCurrentWidget(m_tabs);
        if (m_project->isDemo())
            m_inventory->refresh();
        updateNodeActions();
    });

    m_inventory->setAutoRefreshSeconds(settings::autoRefreshSeconds.value());
    retranslate();
    updateRecentMenu();
    updateNodeActions();
    ElidedToolTips::installAll(this); // a cut name in any list or table shows whole as its tooltip
    restoreGeometry(settings::windowGeometry.value());
    restoreState(settings::windowState.value());
    if (settings::windowGeometry.value().isEmpty()) // first run: roomy, but never larger than a laptop's screen
        resize(QSize(1440, 900).boundedTo(screen()->availableGeometry().size() * 0.95));
}

MainWindow::~MainWindow()
{
    // Children die after this body: stop their signals from reaching a half-destroyed window.
    m_undoStack->disconnect();
    m_files->disconnect(this);
    m_inventory->disconnect(this);
}

bool MainWindow::openProject(const QString& path)
{
    return m_files->open(path);
}

bool MainWindow::openDemo(const QString& name)
{
    return m_files->openDemo(name);
}

bool MainWindow::openArgument(const QString& argument)
{
    const QLatin1String demoPrefix("demo:");
    return argument.startsWith(demoPrefix) ? openDemo(argument.mid(demoPrefix.size())) : openProject(argument);
}

void MainWindow::createActions()
{
    const auto make = [this](QAction*& action, const char* name, QKeySequence shortcut, auto slot) {
        action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
    };
    make(m_new, "actionNew", QKeySequence::New, [this] { m_files->newProject(); });
    make(m_open, "actionOpen", QKeySequence::Open, [this] { m_files->openWithDialog(); });
    make(m_save, "actionSave", QKeySequence::Save, [this] { m_files->save(); });
    make(m_saveAs, "actionSaveAs", QKeySequence::SaveAs, [this] { m_files->saveAs(); });
    make(m_quit, "actionQuit", QKeySequence::Quit, [this] { close(); });
    make(m_addNode, "actionAddNode", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { addNode(); });
    make(m_editNode, "actionEditNode", QKeySequence(Qt::Key_F2), [this] { editNode(); });
    make(m_removeNode, "actionRemoveNode", QKeySequence::Delete, [this] { removeNode(); });
    make(m_importSsh, "actionImportSsh", QKeySequence(), [this] { importSshConfig(); });
    make(m_refresh, "actionRefresh", QKeySequence::Refresh, [this] { m_inventory->refresh(); });
    make(m_cancelRefresh, "actionCancelRefresh", QKeySequence(Qt::Key_Escape), [this] { m_inventory->cancel(); });
    make(m_about, "actionAbout", QKeySequence(), [this] { showAbout(); });
    make(m_preferences, "actionPreferences", QKeySequence::Preferences, [this] { showPreferences(); });
    make(m_nfsWizard, "actionNfsWizard", QKeySequence(), [this] { showNfsWizard(); });
    make(m_export, "actionExport", QKeySequence(Qt::CTRL | Qt::Key_E), [this] { showExportDialog(); });
    m_deployments = new DeploymentActions(m_project, m_undoStack, this); // Ctrl+Shift+D, Alt+Return
    m_help = new HelpMenu(this, m_project, m_log); // F1
    connect(m_help, &HelpMenu::message, this, [this](const QString& text, bool isError) {
        m_log->append(isError ? LogDock::Level::Error : LogDock::Level::Info, text);
        statusBar()->showMessage(text, 8000);
    });
    m_cancelRefresh->setEnabled(false);
    m_removeNode->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undo = m_undoStack->createUndoAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoStack->createRedoAction(this);
    // Ctrl+Shift+Z and Ctrl+Y on every desktop. The platform's Redo may already be one of them: the same
    // sequence twice on one action is an "ambiguous shortcut overload" that fires nothing.
    QList<QKeySequence> redoKeys {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys << key;
    }
    m_redo->setShortcuts(redoKeys);

    m_languages = new QActionGroup(this);
    m_english = new QAction(QStringLiteral("English"), m_languages);
    m_chinese = new QAction(QStringLiteral("简体中文"), m_languages);
    for (QAction* a : {m_english, m_chinese})
        a->setCheckable(true);
    const QString chosen = settings::language.value();
    const bool chinese = (chosen.isEmpty() ? preferredLocale() : chosen).startsWith(QLatin1String("zh"));
    (chinese ? m_chinese : m_english)->setChecked(true);
    connect(m_english, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
    connect(m_chinese, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("zh_CN")); });

    // The tree's context menu offers what applies to the row under the mouse.
    m_clusterPane->view()->addActions({m_addNode, m_editNode, m_removeNode, m_refresh});
    m_clusterPane->addAction(m_removeNode);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_new, m_open});
    m_demoMenu = m_fileMenu->addMenu(QString());
    for (const QString& name : project::demoNames()) {
        QAction* demo = m_demoMenu->addAction(name);
        connect(demo, &QAction::triggered, this, [this, name] { m_files->openDemo(name); });
    }
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_save, m_saveAs});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_export);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undo, m_redo});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferences);

    m_clusterMenu = menuBar()->addMenu(QString());
    m_clusterMenu->addActions({m_addNode, m_editNode, m_removeNode});
    m_clusterMenu->addSeparator();
    m_clusterMenu->addAction(m_board->autoPlaceAction());
    m_clusterMenu->addSeparator();
    m_clusterMenu->addAction(m_importSsh);
    m_clusterMenu->addAction(m_nfsWizard);
    m_clusterMenu->addSeparator();
    m_clusterMenu->addActions({m_refresh, m_cancelRefresh});

    menuBar()->addMenu(m_deployments->menu());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_clusterDock->toggleViewAction());
    m_viewMenu->addAction(m_libraryDock->toggleViewAction());
    m_viewMenu->addAction(m_log->toggleViewAction());
    m_viewMenu->addAction(m_undoDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languages->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addActions(m_help->actions());
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);

    QToolBar* toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_open, m_save});
    toolbar->addSeparator();
    toolbar->addActions({m_addNode, m_deployments->newAction(), m_refresh});
    toolbar->addSeparator();
    toolbar->addAction(m_export);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_demoMenu->setTitle(tr("Open &Demo"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_clusterMenu->setTitle(tr("&Cluster"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_new->setText(tr("&New Project"));
    m_open->setText(tr("&Open…"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_quit->setText(tr("&Quit"));
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
    m_addNode->setText(tr("&Add Node…"));
    m_editNode->setText(tr("&Edit Node…"));
    m_removeNode->setText(tr("&Remove Node"));
    m_importSsh->setText(tr("&Import Nodes from ~/.ssh/config…"));
    m_refresh->setText(tr("Re&fresh Inventory"));
    m_refresh->setToolTip(tr("Ask every node for its NPUs, health and memory (F5)"));
    m_cancelRefresh->setText(tr("&Cancel Refresh"));
    m_about->setText(tr("&About NPU Fleet"));
    m_preferences->setText(tr("&Preferences…"));
    m_nfsWizard->setText(tr("Shared &Storage (NFS)…"));
    m_export->setText(tr("&Export Launch Files…"));
    m_export->setToolTip(tr("Preview and save the start/stop scripts, compose files and runbook of a deployment"));
    m_deployments->retranslate();
    m_help->retranslate();
    m_undoDock->setWindowTitle(tr("Undo History"));
    m_clusterDock->setWindowTitle(tr("Cluster"));
    m_tabs->setTabText(m_tabs->indexOf(m_board), tr("Board"));
    m_tabs->setTabText(m_tabs->indexOf(m_details), tr("Details"));
    m_libraryDock->setWindowTitle(tr("Models"));
    m_tabs->setTabText(m_tabs->indexOf(m_plan), tr("Plan"));
    m_tabs->setTabText(m_tabs->indexOf(m_preflight), tr("Pre-flight"));
    m_tabs->setTabText(m_tabs->indexOf(m_launch), tr("Launch"));
    m_tabs->setTabText(m_tabs->indexOf(m_playground), tr("Playground"));
    m_tabs->setTabText(m_tabs->indexOf(m_charts), tr("Benchmark"));
    m_tabs->setTabText(m_tabs->indexOf(m_monitor), tr("Monitor"));
    m_statusLabel->setText(m_project->isDemo() ? tr("Demo project: simulated telemetry") : QString());
    updateTitle();
    updateRecentMenu();
    menuBar()->updateGeometry(); // new titles have new widths
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString& locale)
{
    if (!installTranslations(locale))
        m_log->append(LogDock::Level::Warning, tr("No translation for %1; showing English.").arg(locale));
    settings::language.setValue(locale);
    (locale.startsWith(QLatin1String("zh")) ? m_chinese : m_english)->setChecked(true);
}

void MainWindow::updateTitle()
{
    QString title = m_files->displayName() + QStringLiteral("[*]");
    if (m_project->isDemo())
        title += tr(" (demo)");
    setWindowTitle(title + QStringLiteral(" — NPU Fleet"));
    setWindowModified(m_files->isModified());
    m_statusLabel->setText(m_project->isDemo() ? tr("Demo project: simulated telemetry") : QString());
}

bool MainWindow::isShowingStartPage() const
{
    return m_centre->currentWidget() == m_start;
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_files->recentProjects();
    m_start->setRecentProjects(recent);
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { m_files->open(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateNodeActions()
{
    const bool hasNode = !m_clusterPane->selectedNode().isEmpty();
    m_editNode->setEnabled(hasNode);
    m_removeNode->setEnabled(hasNode);
}

void MainWindow::addNode()
{
    QStringList taken;
    for (const cluster::Node& n : m_project->data().nodes)
        taken << n.name;
    cluster::Node fresh;
    fresh.user = settings::sshUser.value();
    fresh.hardware.chip = QStringLiteral("910B4");
    fresh.hardware.acceleratorCount = 8;
    fresh.hardware.memoryMibPerAccelerator = 32 * 1024;
    fresh.hardware.server = QStringLiteral("Atlas 800I A2");
    if (m_project->data().nodes.isEmpty())
        fresh.role = cluster::NodeRole::Head;
    NodeDialog dialog(fresh, taken, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undoStack->push(new AddNodeCommand(m_project, dialog.node()));
    m_clusterPane->selectNode(dialog.node().name);
}

void MainWindow::editNode()
{
    const int index = m_project->data().nodeIndex(m_clusterPane->selectedNode());
    if (index < 0)
        return;
    QStringList taken;
    for (const cluster::Node& n : m_project->data().nodes)
        taken << n.name;
    taken.removeAt(index);
    NodeDialog dialog(m_project->data().nodes.at(index), taken, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undoStack->push(new EditNodeCommand(m_project, index, dialog.node()));
}

void MainWindow::removeNode()
{
    const QString name = m_clusterPane->selectedNode();
    const int index = m_project->data().nodeIndex(name);
    if (index < 0)
        return;
    QStringList users;
    for (const project::Deployment& d : m_project->data().deployments) {
        for (const project::Placement& p : d.placement) {
            if (p.node == name)
                users << d.name;
        }
    }
    if (m_project->data().storage.serverNode == name)
        users << tr("the shared storage");
    if (!users.isEmpty()) {
        ask::warning(this, tr("Node in use"),
                     tr("%1 is used by %2. Move or remove those first.").arg(name, users.join(QStringLiteral(", "))));
        return;
    }
    m_undoStack->push(new RemoveNodeCommand(m_project, index));
}

void MainWindow::importSshConfig()
{
    SshImportDialog dialog(m_project->data(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<cluster::Node> nodes = dialog.selectedNodes();
    if (nodes.isEmpty())
        return;
    m_undoStack->beginMacro(tr("Import %n node(s) from SSH config", nullptr, int(nodes.size())));
    for (const cluster::Node& n : nodes)
        m_undoStack->push(new AddNodeCommand(m_project, n));
    m_undoStack->endMacro();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About NPU Fleet"),
                       tr("<h3>NPU Fleet %1</h3>"
                          "<p>Plan, launch, check and measure large language model serving on clusters of "
                          "Huawei Atlas servers with Ascend NPUs, and on mixed Ascend/NVIDIA fleets.</p>"
                          "<p>Built with Qt %2, libssh and yaml-cpp.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    connect(&dialog, &PreferencesDialog::historyCleared, m_playground,
            [this] { m_playground->promptEdit()->clearHistory(); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString theme = settings::theme.value();
    const QString results = settings::resultsFolderPath();
    dialog.save();
    // Each preference where it is used: the next SSH run dials with the new options.
    m_inventory->setAutoRefreshSeconds(dialog.autoRefreshSeconds());
    ProjectSession::of(m_project)->dropTransport();
    m_monitor->setIntervalSeconds(settings::monitorIntervalSeconds.value());
    if (settings::resultsFolderPath() != results)
        m_charts->setRunsDirectory(settings::resultsFolderPath());
    m_playground->settingsChanged();
    if (dialog.theme() != theme)
        applyTheme(dialog.theme());
    if (dialog.language() != settings::language.value())
        setLanguage(dialog.language());
}

void MainWindow::logActivity(bool ok, const QString& text)
{
    if (!text.isEmpty())
        m_log->append(ok ? LogDock::Level::Info : LogDock::Level::Error, text);
}

void MainWindow::showNfsWizard()
{
    auto* wizard = new NfsWizard(m_project, m_undoStack, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &NfsWizard::activity, this, &MainWindow::logActivity);
    wizard->open();
}

void MainWindow::showExportDialog()
{
    if (m_project->data().deployments.isEmpty()) {
        ask::warning(this, tr("Nothing to export"), tr("The project has no deployments yet."));
        return;
    }
    // The plan panel's deployment is the one the user is looking at.
    auto* dialog = new ExportDialog(m_project->data(), m_plan->deployment(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::activity, this, &MainWindow::logActivity);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_inventory->cancel();
    settings::windowGeometry.setValue(saveGeometry());
    settings::windowState.setValue(saveState());
    event->accept();
}

} // namespace npufleet::ui
