// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtEndian>
#include <QtTest>
#include <memory>

#include "ui/commands/ApplyLayoutCommand.h"
#include "ui/plan/NpuMemoryBars.h"
#include "ui/plan/PlanPanel.h"
#include "ui/plan/PlanTableModel.h"

#include "Fixtures.h"
#include "ProjectTestKit.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace npufleet;
using namespace npufleet::ui;

class TestPlanPanel : public QObject
{
    Q_OBJECT

private slots:
    void tableModelPassesTester();
    void currentLayoutListedAndFits();
    void applyIsUndoableByteForByte();
    void nonFittingLayoutCannotBeApplied();
    void largerLayoutIsFlagged();
    void deepseekDp2Tp8Fits();
    void missingModelIsExplained();
    void followsProjectSignals();
    void slowModelFolderKeepsTheGuiResponsive();
    void screenshot();

private:
    // A panel on the demo loaded into project, showing deployment (empty: the panel's pick), planned.
    static std::unique_ptr<PlanPanel>
    openPanel(project::Project& project, QUndoStack& stack, const QString& demo, const QString& deployment = {})
    {
        test::loadDemo(project, demo);
        auto panel = std::make_unique<PlanPanel>(&project, &stack);
        if (!deployment.isEmpty())
            panel->setDeployment(deployment);
        panel->flush();
        return panel;
    }
    static project::Layout layout(int tp, int pp, int dp, bool ep) { return project::Layout {tp, pp, dp, ep}; }
};

void TestPlanPanel::tableModelPassesTester()
{
    project::Project project;
    test::loadDemo(project, QStringLiteral("atlas-lab"));
    QUndoStack stack;
    PlanPanel panel(&project, &stack);
    QAbstractItemModelTester tester(panel.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(panel.tableView()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setDeployment(QStringLiteral("qwen3-30b-a3b"));
    panel.flush();
    QVERIFY(panel.tableModel()->rowCount() > 4);
    panel.setDeployment(QStringLiteral("qwen25-coder-32b"));
    panel.flush();
    QVERIFY(panel.tableModel()->rowCount() > 0);
    // Sorting through the proxy keeps the model sound.
    panel.tableView()->sortByColumn(PlanTableModel::KvTokensColumn, Qt::DescendingOrder);
    panel.tableModel()->retranslate();
}

void TestPlanPanel::currentLayoutListedAndFits()
{
    project::Project project;
    QUndoStack stack;
    const auto panel = openPanel(project, stack, QStringLiteral("atlas-lab"), QStringLiteral("qwen3-30b-a3b"));
    QVERIFY2(panel->messageText().isEmpty(), qPrintable(panel->messageText()));
    PlanTableModel* model = panel->tableModel();
    const int row = model->currentRow();
    QVERIFY(row >= 0);
    QCOMPARE(model->plan(row).layout, layout(4, 1, 1, true));
    QVERIFY(model->plan(row).fits());
    QVERIFY(model->data(model->index(row, 0), PlanTableModel::CurrentRole).toBool());
    QVERIFY(model->data(model->index(row, PlanTableModel::FitsColumn)).toString().contains(QStringLiteral("✔")));
    // The current layout is selected at first, so there is nothing to apply.
    QCOMPARE(panel->selectedLayout(), std::optional<project::Layout>(layout(4, 1, 1, true)));
    QVERIFY(!panel->applyButton()->isEnabled());
    QVERIFY(panel->summaryText().contains(QStringLiteral("Qwen3-30B-A3B")));
    QVERIFY(panel->summaryText().contains(QStringLiteral("fits")));
    // One bar per NPU of the layout, each within the NPU.
    QCOMPARE(panel->bars()->bars().size(), 4);
    for (const NpuBar& b : panel->bars()->bars()) {
        QCOMPARE(b.node, QStringLiteral("atlas-106"));
        QVERIFY(b.usedBytes() <= b.totalBytes);
        QVERIFY(b.weightBytes > 0 && b.kvBytes > 0 && b.overheadBytes > 0);
    }
    qInfo("qwen3-30b-a3b: %d layouts planned in %.2f ms", model->rowCount(), panel->lastPlanMs());
}

void TestPlanPanel::applyIsUndoableByteForByte()
{
    project::Project project;
    QUndoStack stack;
    const auto panel = openPanel(project, stack, QStringLiteral("atlas-lab"), QStringLiteral("qwen3-30b-a3b"));
    const QByteArray before = project::serializeProject(project.data());

    const project::Layout other = layout(2, 2, 1, false);
    QVERIFY(panel->selectLayout(other));
    QVERIFY(panel->applyButton()->isEnabled());
    QSignalSpy changed(&project, &project::Project::deploymentsChanged);
    panel->applyButton()->click();
    QCOMPARE(stack.count(), 1);
    QCOMPARE(changed.count(), 1);
    const project::Deployment& d = project.data().deployments.at(project.data().deploymentIndex(panel->deployment()));
    QCOMPARE(d.layout, (project::Layout {2, 2, 1, false}));
    QVERIFY(project::serializeProject(project.data()) != before);
    // The panel follows: the applied layout is now the current one.
    panel->flush();
    QCOMPARE(panel->tableModel()->plan(panel->tableModel()->currentRow()).layout, other);

    stack.undo();
    QCOMPARE(project::serializeProject(project.data()), before);
    stack.redo();
    QCOMPARE(project.data().deployments.at(0).layout, (project::Layout {2, 2, 1, false}));
    stack.undo();
    QCOMPARE(project::serializeProject(project.data()), before);

    // Double-click applies too.
    panel->flush();
    QVERIFY(panel->selectLayout(layout(1, 4, 1, false)));
    const QModelIndex index = panel->tableView()->currentIndex();
    QVERIFY(index.isValid());
    panel->tableView()->doubleClicked(index);
    QCOMPARE(project.data().deployments.at(0).layout, (project::Layout {1, 4, 1, false}));
    stack.undo();
    QCOMPARE(project::serializeProject(project.data()), before);
}

void TestPlanPanel::nonFittingLayoutCannotBeApplied()
{
    // Qwen2.5-Coder-32B on one 32 GB NPU: TP1 cannot hold 61 GiB of weights.
    project::Project project;
    test::loadDemo(project, QStringLiteral("atlas-lab"));
    project::Deployment d = project.data().deployments.at(1);
    d.layout = project::Layout {1, 1, 1, false};
    d.placement = {project::Placement {QStringLiteral("atlas-107"), {0}}};
    project.setDeployment(1, d);
    QUndoStack stack;
    PlanPanel panel(&project, &stack);
    panel.setDeployment(d.name);
    panel.flush();
    const int row = panel.tableModel()->currentRow();
    QVERIFY(row >= 0);
    QVERIFY(!panel.tableModel()->plan(row).fits());
    QVERIFY(panel.summaryText().contains(QStringLiteral("short by")));
    QVERIFY(panel.tableModel()
                ->data(panel.tableModel()->index(row, PlanTableModel::FitsColumn))
                .toString()
                .contains(QStringLiteral("✘")));
    QCOMPARE(panel.tableModel()->data(panel.tableModel()->index(row, 0), Qt::ForegroundRole).value<QBrush>().color(),
             QColor(0xc6, 0x28, 0x28));
    // Select another non-fitting row if any: Apply stays off and nothing is pushed.
    for (int r = 0; r < panel.tableModel()->planCount(); ++r) {
        if (!panel.tableModel()->plan(r).fits() && r != row) {
            QVERIFY(panel.selectLayout(panel.tableModel()->plan(r).layout));
            QVERIFY(!panel.applyButton()->isEnabled());
            QVERIFY(!panel.applySelected());
        }
    }
    QCOMPARE(stack.count(), 0);
}

void TestPlanPanel::largerLayoutIsFlagged()
{
    project::Project project;
    test::loadDemo(project, QStringLiteral("atlas-lab"));
    QUndoStack stack;
    PlanPanel panel(&project, &stack);
    panel.setDeployment(QStringLiteral("qwen25-coder-32b"));
    panel.findChild<QCheckBox*>(QStringLiteral("planWholeNodes"))->setChecked(true);
    panel.flush();
    // The whole node has 8 NPUs, the placement 4: TP8 is listed, allowed and flagged.
    const project::Layout tp8 = layout(8, 1, 1, false);
    QVERIFY(panel.selectLayout(tp8));
    const int row = panel.tableModel()->rowOf(tp8);
    QVERIFY(panel.tableModel()->needsMoreNpus(row));
    QVERIFY2(panel.flagText().contains(QStringLiteral("needs 8 NPUs, placement has 4")), qPrintable(panel.flagText()));
    QCOMPARE(panel.applyButton()->isEnabled(), panel.tableModel()->plan(row).fits());
    QCOMPARE(panel.bars()->bars().size(), 8);
    QVERIFY(panel.bars()->bars().last().node.isEmpty()); // ranks beyond the placement
    // The current layout (TP4) is still listed although it leaves NPUs of the node idle.
    QVERIFY(panel.tableModel()->currentRow() >= 0);
}

void TestPlanPanel::deepseekDp2Tp8Fits()
{
    project::Project project;
    QUndoStack stack;
    const auto panel = openPanel(project, stack, QStringLiteral("deepseek-2node"));
    QCOMPARE(panel->deployment(), QStringLiteral("deepseek-r1"));
    QVERIFY2(panel->messageText().isEmpty(), qPrintable(panel->messageText()));
    const int row = panel->tableModel()->rowOf(layout(8, 1, 2, true));
    QVERIFY(row >= 0);
    QCOMPARE(panel->tableModel()->currentRow(), row);
    QVERIFY(panel->tableModel()->plan(row).fits());
    QCOMPARE(panel->tableModel()->plan(row).nodes, 2);
    QCOMPARE(panel->bars()->bars().size(), 16);
    QCOMPARE(panel->bars()->bars().at(8).node, QStringLiteral("ds-node1"));
    QVERIFY(panel->summaryText().contains(QStringLiteral("w8a8")));
    QVERIFY(panel->lastPlanMs() < 500); // a budget of 50 ms in release; generous for debug/sanitizers
    qInfo("deepseek-r1: %d layouts planned in %.2f ms", panel->tableModel()->rowCount(), panel->lastPlanMs());
}

void TestPlanPanel::missingModelIsExplained()
{
    project::Project project;
    test::loadDemo(project, QStringLiteral("atlas-lab"));
    project::ModelSource m = project.data().models.at(0);
    m.catalog = QStringLiteral("No-Such-Model-7B");
    m.hubId = QStringLiteral("nobody/no-such-model");
    m.path = QStringLiteral("/nonexistent/models/no-such-model");
    project.setModel(0, m);
    QUndoStack stack;
    PlanPanel panel(&project, &stack);
    panel.setDeployment(QStringLiteral("qwen3-30b-a3b"));
    panel.flush();
    QVERIFY2(panel.messageText().startsWith(QStringLiteral("model config not available: ")),
             qPrintable(panel.messageText()));
    QCOMPARE(panel.tableModel()->rowCount(), 0);
    QVERIFY(!panel.applyButton()->isEnabled());
}

void TestPlanPanel::followsProjectSignals()
{
    project::Project project;
    QUndoStack stack;
    const auto panel = openPanel(project, stack, QStringLiteral("atlas-lab"), QStringLiteral("qwen25-coder-32b"));
    const double kvBefore = panel->tableModel()->plan(panel->tableModel()->currentRow()).kvCacheGib();
    // A longer context and a smaller utilization: the panel re-plans on its own (0 ms timer).
    project::Deployment d = project.data().deployments.at(1);
    d.serving.gpuMemoryUtilization = 0.8;
    project.setDeployment(1, d);
    QSignalSpy planned(panel.get(), &PlanPanel::planned);
    QVERIFY(planned.wait(2000));
    QCOMPARE(planned.count(), 1); // coalesced: one plan for the change
    QVERIFY(panel->tableModel()->plan(panel->tableModel()->currentRow()).kvCacheGib() < kvBefore);
    QCOMPARE(panel->deployment(), QStringLiteral("qwen25-coder-32b"));

    // Bigger HBM on the node: more KV.
    cluster::Node node = project.data().nodes.at(0);
    node.hardware.memoryMibPerAccelerator = 65536;
    project.setNode(0, node);
    QVERIFY(planned.wait(2000));
    QVERIFY(panel->tableModel()->plan(panel->tableModel()->currentRow()).kvCacheGib() > kvBefore);

    // A language change rebuilds the texts: one re-plan.
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(panel.get(), &languageChange);
    QVERIFY(planned.wait(2000));
    QVERIFY(panel->summaryText().contains(QStringLiteral("Qwen2.5-Coder-32B-Instruct")));

    // A reset to another project switches the deployment list.
    test::loadDemo(project, QStringLiteral("deepseek-2node"));
    panel->flush();
    QCOMPARE(panel->deployment(), QStringLiteral("deepseek-r1"));
    QCOMPARE(panel->findChild<QComboBox*>(QStringLiteral("planDeployment"))->count(), 1);
}

// A model folder whose weight shard is a FIFO: reading its header waits until the test writes it, as a
// safetensors file on a stalled NFS mount would. The panel plans on the thread pool, so the GUI thread
// keeps turning meanwhile, and the plan appears once the "disk" answers.
void TestPlanPanel::slowModelFolderKeepsTheGuiResponsive()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(QStringLiteral(":/catalog/Qwen3-8B.config.json"), dir.filePath(QStringLiteral("config.json"))));
    QFile index(dir.filePath(QStringLiteral("model.safetensors.index.json")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write(R"({"weight_map": {"lm_head.weight": "model-00001-of-00001.safetensors"}})");
    index.close();
    const QByteArray shard = dir.filePath(QStringLiteral("model-00001-of-00001.safetensors")).toLocal8Bit();
    QCOMPARE(::mkfifo(shard.constData(), 0600), 0);
    // Whatever happens below, the reader is released: a writer that opens and closes gives it EOF.
    const auto release = qScopeGuard([&] {
        const int fd = ::open(shard.constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
    });

    project::Project project;
    QUndoStack stack;
    test::loadDemo(project, QStringLiteral("atlas-lab"));
    const QString deployment = QStringLiteral("qwen25-coder-32b");
    const QString modelId = project.data().deployments.at(project.data().deploymentIndex(deployment)).model;
    for (int i = 0; i < project.data().models.size(); ++i) {
        if (project.data().models.at(i).id != modelId)
            continue;
        project::ModelSource m = project.data().models.at(i);
        m.path = dir.path();
        m.catalog.clear();
        m.hubId.clear();
        project.setModel(i, m);
    }
    PlanPanel panel(&project, &stack);
    panel.setDeployment(deployment);
    QSignalSpy planned(&panel, &PlanPanel::planned);

    int ticks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
    tick.start(10);
    QTest::qWait(600);
    QVERIFY2(ticks >= 25, qPrintable(QStringLiteral("the GUI thread turned %1 times in 600 ms").arg(ticks)));
    QVERIFY(panel.summaryText().isEmpty()); // still reading

    // The disk answers: an 8-byte header length, then a header with one BF16 tensor.
    const QByteArray header
        = R"({"lm_head.weight":{"dtype":"BF16","shape":[151936,4096],"data_offsets":[0,1244659712]}})";
    QByteArray bytes(8, '\0');
    qToLittleEndian<quint64>(quint64(header.size()), bytes.data());
    bytes += header;
    const int fd = ::open(shard.constData(), O_WRONLY);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
    ::close(fd);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.summaryText().isEmpty(), 10000);
    QVERIFY(panel.tableModel()->rowCount() > 0);
}

void TestPlanPanel::screenshot()
{
    project::Project project;
    test::loadDemo(project, QStringLiteral("deepseek-2node"));
    QUndoStack stack;
    PlanPanel panel(&project, &stack);
    panel.resize(1100, 700);
    panel.show();
    panel.flush();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString path = npufleet::test::screenshotPath(QStringLiteral("plan-panel.png"));
    QVERIFY(panel.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));

    project::Project lab;
    test::loadDemo(lab, QStringLiteral("atlas-lab"));
    PlanPanel labPanel(&lab, &stack);
    labPanel.resize(1100, 700);
    labPanel.setDeployment(QStringLiteral("qwen25-coder-32b"));
    labPanel.findChild<QCheckBox*>(QStringLiteral("planWholeNodes"))->setChecked(true);
    labPanel.show();
    labPanel.flush();
    QVERIFY(labPanel.selectLayout(layout(8, 1, 1, false)));
    QVERIFY(QTest::qWaitForWindowExposed(&labPanel));
    QVERIFY(labPanel.grab().save(npufleet::test::screenshotPath(QStringLiteral("plan-panel-lab.png"))));
    // Pipeline stages (the fullest in bold) and a layout that does not fit (overflow hatched).
    QVERIFY(labPanel.selectLayout(layout(2, 4, 1, false)));
    QVERIFY(labPanel.grab().save(npufleet::test::screenshotPath(QStringLiteral("plan-panel-pp.png"))));
    QVERIFY(labPanel.selectLayout(layout(1, 1, 8, false)));
    QVERIFY(!labPanel.applyButton()->isEnabled());
    QVERIFY(labPanel.grab().save(npufleet::test::screenshotPath(QStringLiteral("plan-panel-short.png"))));
}

QTEST_MAIN(TestPlanPanel)
#include "tst_planpanel.moc"
