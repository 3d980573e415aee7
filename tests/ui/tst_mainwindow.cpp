// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include "core/project/DemoProjects.h"
#include "core/project/Project.h"
#include "core/project/ProjectFile.h"
#include "core/util/Translations.h"

#include "ui/cluster/ClusterPane.h"
#include "ui/cluster/ClusterTreeModel.h"
#include "ui/cluster/InventoryController.h"
#include "ui/cluster/NodeDetailsPane.h"
#include "ui/commands/NodeCommands.h"
#include "ui/dialogs/Ask.h"
#include "ui/dialogs/SshImportDialog.h"
#include "ui/launch/LaunchPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ProjectController.h"
#include "ui/preflight/PreflightPanel.h"
#include "ui/preflight/PreflightResultsModel.h"

#include "Fixtures.h"

using namespace npufleet;
using namespace npufleet::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoShowsFiveNodesOfEightNpus();
    void treeModelPassesTester();
    void filterNarrowsTree();
    void editsAreUndoableAndAskBeforeClose();
    void saveAndReopen();
    void languageSwitchesAtOnce();
    void opensWhatTheCommandLineNames();
    void launchPreflightShowsInPreflightTab();
    void importsHostsFromSshConfig();
    void inventoryWarningsAreShown();
    void shortcutsAreUniqueAndRedoWorks();

private:
    static int acceleratorRows(QAbstractItemModel* model, int nodeRow)
    {
        return model->rowCount(model->index(nodeRow, 0));
    }
    QTemporaryDir m_home;
};

void TestMainWindow::initTestCase()
{
    // Keep the user's real settings out of the test.
    test::useFreshSettings();
}

void TestMainWindow::demoShowsFiveNodesOfEightNpus()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDemo(QStringLiteral("atlas-lab")));
    ClusterTreeModel* model = window.clusterPane()->model();
    QCOMPARE(model->rowCount(), 5);
    // The simulator answers in the background; wait for every node to report.
    QTRY_VERIFY_WITH_TIMEOUT(!window.inventory()->isRunning(), 10000);
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(acceleratorRows(model, row), 8);
        const cluster::Node& node = window.project()->data().nodes.at(row);
        QCOMPARE(node.live.status, cluster::NodeStatus::Simulated);
        QCOMPARE(node.live.accelerators.size(), 8);
        QCOMPARE(node.live.accelerators.first().name, QStringLiteral("910B4"));
        QCOMPARE(node.live.accelerators.first().hbmTotalMib.value_or(0), 32768);
    }
    // The view shows the same through its proxy, expanded.
    QTreeView* view = window.clusterPane()->view();
    QCOMPARE(view->model()->rowCount(), 5);
    QCOMPARE(view->model()->rowCount(view->model()->index(0, 0)), 8);
    QVERIFY(view->isExpanded(view->model()->index(0, 0)));

    // NPU rows name the deployment placed on them, as the board does.
    QVERIFY(model->index(2, ClusterTreeModel::InfoColumn, model->nodeIndex(0))
                .data()
                .toString()
                .startsWith(QLatin1String("qwen3-30b-a3b")));
    QVERIFY(model->index(5, ClusterTreeModel::InfoColumn, model->nodeIndex(0))
                .data()
                .toString()
                .startsWith(QLatin1String("qwen25-coder-32b")));
    QVERIFY(!model->index(5, ClusterTreeModel::InfoColumn, model->nodeIndex(1))
                 .data()
                 .toString()
                 .contains(QLatin1String("qwen")));

    // Selecting an NPU shows its details.
    const QModelIndex npu = view->model()->index(2, 0, view->model()->index(0, 0));
    view->setCurrentIndex(npu);
    QVERIFY(window.detailsPane()->text().contains(QLatin1String("910B4")));
    QVERIFY(window.detailsPane()->text().contains(QLocale().toString(32768)));
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(window.detailsPane()->text().contains(QLatin1String("qwen3-30b-a3b")));

    window.resize(1360, 820);
    QVERIFY(window.grab().save(test::screenshotPath(QStringLiteral("mainwindow-en.png"))));
}

void TestMainWindow::treeModelPassesTester()
{
    project::Project project;
    ClusterTreeModel model(&project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto demo = project::parseProject(QByteArray("version: 1\n"), QStringLiteral("x"));
    QVERIFY2(demo.hasValue(), qPrintable(demo.hasValue() ? QString() : demo.error().toString()));
    project.reset(*demo, {});
    QCOMPARE(model.rowCount(), 0);

    cluster::Node node;
    node.name = QStringLiteral("n1");
    node.host = QStringLiteral("127.0.0.2");
    node.hardware.chip = QStringLiteral("910B4");
    node.hardware.acceleratorCount = 8;
    project.insertNode(0, node);
    node.name = QStringLiteral("n2");
    project.insertNode(1, node);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 8);

    // Live data with fewer and then more chips than declared resizes the child rows.
    cluster::NodeLive live;
    live.status = cluster::NodeStatus::Connected;
    for (int i = 0; i < 4; ++i) {
        cluster::Accelerator a;
        a.index = i;
        a.name = QStringLiteral("910B3");
        a.health = i == 3 ? QStringLiteral("Alarm") : QStringLiteral("OK");
        a.hbmUsedMib = 1000;
        a.hbmTotalMib = 65536;
        live.accelerators << a;
    }
    project.setLive(QStringLiteral("n1"), live);
    QCOMPARE(model.rowCount(model.index(0, 0)), 4);
    QCOMPARE(model.index(0, ClusterTreeModel::HealthColumn).data().toString(), QStringLiteral("1 NPU(s) not OK"));
    for (int i = 4; i < 16; ++i)
        live.accelerators << live.accelerators.first();
    project.setLive(QStringLiteral("n1"), live);
    QCOMPARE(model.rowCount(model.index(0, 0)), 16);
    project.removeNode(0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(ClusterTreeModel::NodeNameRole).toString(), QStringLiteral("n2"));
}

void TestMainWindow::filterNarrowsTree()
{
    MainWindow window;
    QVERIFY(window.openDemo(QStringLiteral("atlas-lab")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.inventory()->isRunning(), 10000);
    auto* filter = window.clusterPane()->findChild<QLineEdit*>(QStringLiteral("clusterFilter"));
    QVERIFY(filter);
    QAbstractItemModel* shown = window.clusterPane()->view()->model();
    filter->setText(QStringLiteral("172.16.33.108"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(ClusterTreeModel::NodeNameRole).toString(), QStringLiteral("atlas-108"));
    filter->setText(QStringLiteral("0000:C1:00.0")); // a bus id: every node keeps its matching NPU
    QCOMPARE(shown->rowCount(), 5);
    QCOMPARE(shown->rowCount(shown->index(0, 0)), 1);
    filter->clear();
    QCOMPARE(shown->rowCount(), 5);
}

void TestMainWindow::editsAreUndoableAndAskBeforeClose()
{
    MainWindow window;
    QVERIFY(window.openDemo(QStringLiteral("atlas-lab")));
    const QByteArray before = project::serializeProject(window.project()->data());
    cluster::Node extra;
    extra.name = QStringLiteral("atlas-111");
    extra.host = QStringLiteral("172.16.33.111");
    window.undoStack()->push(new AddNodeCommand(window.project(), extra));
    QCOMPARE(window.project()->data().nodes.size(), 6);
    QVERIFY(window.files()->isModified());
    QVERIFY(window.windowTitle().contains(QLatin1String("[*]")));

    // Renaming a node follows into the placements that use it, and undoes cleanly.
    cluster::Node head = window.project()->data().nodes.first();
    head.name = QStringLiteral("head");
    window.undoStack()->push(new EditNodeCommand(window.project(), 0, head));
    QCOMPARE(window.project()->data().deployments.first().placement.first().node, QStringLiteral("head"));
    QCOMPARE(window.project()->data().storage.serverNode, QStringLiteral("head"));
    window.undoStack()->undo();
    window.undoStack()->undo();
    QCOMPARE(project::serializeProject(window.project()->data()), before);
    QVERIFY(!window.files()->isModified());

    window.undoStack()->redo();
    ask::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window.close()); // cancelled: the window stays
    ask::setNextAnswer(QMessageBox::Discard);
    QVERIFY(window.close());
}

void TestMainWindow::saveAndReopen()
{
    MainWindow window;
    QVERIFY(window.openDemo(QStringLiteral("deepseek-2node")));
    cluster::Node extra;
    extra.name = QStringLiteral("ds-node2");
    extra.host = QStringLiteral("10.226.72.53");
    window.undoStack()->push(new AddNodeCommand(window.project(), extra));
    const QString path = m_home.filePath(QStringLiteral("saved.yaml"));
    ask::setNextFileName(path);
    QVERIFY(window.files()->saveAs());
    QVERIFY(!window.files()->isModified());
    QVERIFY(window.windowTitle().startsWith(QLatin1String("saved.yaml")));
    QVERIFY(window.files()->recentProjects().contains(path));

    MainWindow other;
    QVERIFY(other.openProject(path));
    QCOMPARE(other.project()->data().nodes.size(), 3);
    QVERIFY(other.project()->isDemo()); // a saved demo stays simulated

    ask::setNextAnswer(QMessageBox::Ok); // the warning box
    QVERIFY(!other.openProject(m_home.filePath(QStringLiteral("missing.yaml"))));
    QVERIFY(ask::lastWarning().contains(QLatin1String("missing.yaml")));
}

void TestMainWindow::opensWhatTheCommandLineNames()
{
    MainWindow window;
    QVERIFY(window.openArgument(QStringLiteral("demo:deepseek-2node")));
    QVERIFY(window.project()->isDemo());
    QCOMPARE(window.project()->data().nodes.size(), 2);
}

void TestMainWindow::launchPreflightShowsInPreflightTab()
{
    MainWindow window;
    QVERIFY(window.openDemo(QStringLiteral("deepseek-2node")));
    QSignalSpy checked(window.launchPanel(), &LaunchPanel::preflightFinished);
    window.launchPanel()->runPreflight();
    QVERIFY(checked.wait(30'000));
    const checks::PreflightReport& shown = window.preflightPanel()->lastReport();
    QCOMPARE(shown.deployment, QStringLiteral("deepseek-r1"));
    QVERIFY(shown.count(checks::Severity::Error) > 0); // the demo's busy NPUs
    QCOMPARE(window.preflightPanel()->resultsModel()->rowCount() > 0, true);
}

void TestMainWindow::languageSwitchesAtOnce()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDemo(QStringLiteral("atlas-lab")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.inventory()->isRunning(), 10000);
    const QString englishFile = window.menuBar()->actions().first()->text();
    QCOMPARE(englishFile, QStringLiteral("&File"));
    window.setLanguage(QStringLiteral("zh_CN"));
    QTRY_VERIFY(window.menuBar()->actions().first()->text() != englishFile);
    QVERIFY(window.menuBar()->actions().first()->text().contains(QStringLiteral("文件")));
    window.clusterPane()->selectNode(QStringLiteral("atlas-106"));
    window.resize(1360, 820);
    QTRY_VERIFY(window.menuBar()->actionGeometry(window.menuBar()->actions().constLast()).isValid());
    QVERIFY(window.grab().save(test::screenshotPath(QStringLiteral("mainwindow-zh_CN.png"))));
    window.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), englishFile);
}

void TestMainWindow::importsHostsFromSshConfig()
{
    const QString config = m_home.filePath(QStringLiteral("ssh_config"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Host *\n  User admin\n"
               "Host atlas-111\n  HostName 172.16.33.111\n  Port 2222\n  IdentityFile /keys/lab\n"
               "Host lab-old\n  HostName 172.16.33.106\n" // already in the demo: not offered again
               "Host gpu-*\n  User ubuntu\n"
               "Host nv1\n  HostName 10.0.0.9\n  User root\n");
    file.close();
    auto demo = project::loadDemo(QStringLiteral("atlas-lab"));
    QVERIFY(demo.hasValue());
    SshImportDialog dialog(*demo, nullptr, config);
    const QList<cluster::Node> nodes = dialog.selectedNodes();
    QCOMPARE(nodes.size(), 2);
    QCOMPARE(nodes.at(0).name, QStringLiteral("atlas-111"));
    QCOMPARE(nodes.at(0).host, QStringLiteral("172.16.33.111"));
    QCOMPARE(nodes.at(0).port, 2222);
    QCOMPARE(nodes.at(0).user, QStringLiteral("admin"));
    QCOMPARE(nodes.at(0).identityFile, QStringLiteral("/keys/lab"));
    QCOMPARE(nodes.at(1).user, QStringLiteral("admin")); // OpenSSH: the first value wins, and Host * came first
    auto* notes = dialog.findChild<QPlainTextEdit*>();
    QVERIFY(notes->toPlainText().contains(QLatin1String("gpu-*")));
    QVERIFY(notes->toPlainText().contains(QLatin1String("lab-old")));
}

// An npu-smi table that was read only in part says so on the node: in its details and its tooltip.
void TestMainWindow::inventoryWarningsAreShown()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDemo(QStringLiteral("atlas-lab")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.inventory()->isRunning(), 10000);
    const cluster::Node node = window.project()->data().nodes.at(1);
    cluster::NodeLive live = node.live;
    const QString warning = QStringLiteral("line 19: rows were left out here ('...'): NPUs there are not listed");
    live.warnings = {warning};
    window.project()->setLive(node.name, live);

    ClusterTreeModel* model = window.clusterPane()->model();
    QVERIFY(model->nodeIndex(1).data(Qt::ToolTipRole).toString().contains(warning));
    QTreeView* view = window.clusterPane()->view();
    view->setCurrentIndex(view->model()->index(1, 0));
    QVERIFY(window.detailsPane()->text().contains(warning));
    auto* tabs = qobject_cast<QTabWidget*>(window.centralWidget());
    if (!tabs)
        tabs = window.findChild<QTabWidget*>();
    QVERIFY(tabs);
    tabs->setCurrentWidget(window.detailsPane());
    window.resize(1360, 820);
    QVERIFY(window.grab().save(test::screenshotPath(QStringLiteral("mainwindow-inventory-warnings.png"))));
}

QTEST_MAIN(TestMainWindow)
// Every key sequence belongs to one action of the window (two would be an ambiguous overload that fires
// neither), and Redo answers both Ctrl+Shift+Z and Ctrl+Y.
void TestMainWindow::shortcutsAreUniqueAndRedoWorks()
{
    MainWindow window;
    QVERIFY(window.openDemo(QStringLiteral("atlas-lab")));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QHash<QKeySequence, QString> owner;
    for (const QAction* action : window.findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts()) {
            const QString name = action->objectName().isEmpty() ? action->text() : action->objectName();
            QVERIFY2(!owner.contains(key),
                     qPrintable(QStringLiteral("%1 is on %2 and %3").arg(key.toString(), owner.value(key), name)));
            owner.insert(key, name);
        }
    }
    cluster::Node extra;
    extra.name = QStringLiteral("redo-probe");
    extra.host = QStringLiteral("172.16.33.120");
    const int nodes = int(window.project()->data().nodes.size());
    window.undoStack()->push(new AddNodeCommand(window.project(), extra));
    for (const QKeyCombination key :
         {QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z), QKeyCombination(Qt::CTRL, Qt::Key_Y)}) {
        window.undoStack()->undo();
        QCOMPARE(int(window.project()->data().nodes.size()), nodes);
        QTest::keyClick(&window, key.key(), key.keyboardModifiers());
        QCOMPARE(int(window.project()->data().nodes.size()), nodes + 1);
    }
}

#include "tst_mainwindow.moc"
