// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Memory other processes hold, on the board and in Plan: demo:deepseek-2node after its first inventory has NPUs
// 0-3 of both nodes 55.4 GiB full of another process. The tiles show it, the deployment breaks memory-in-use
// (naming the process), a drag over those NPUs is red, and Plan's header does not say "fits".
#include <QDragMoveEvent>
#include <QMimeData>
#include <QUndoStack>
#include <QtTest>
#include <memory>

#include "core/planning/Units.h"

#include "ui/assign/Assigner.h"
#include "ui/assign/AssignmentBoard.h"
#include "ui/assign/BoardCanvas.h"
#include "ui/assign/BoardModel.h"
#include "ui/assign/ModelRefMime.h"
#include "ui/assign/ProblemsModel.h"
#include "ui/commands/DeploymentCommands.h"
#include "ui/plan/PlanPanel.h"

#include "DemoInventory.h"
#include "Fixtures.h"
#include "ProjectTestKit.h"

using namespace npufleet;
using namespace npufleet::ui;

namespace {

const QString kNode0 = QStringLiteral("ds-node0");
const QString kDeepseek = QStringLiteral("deepseek-r1");

void openDemo(project::Project& project)
{
    const project::ProjectData data = test::demoWithInventory(QStringLiteral("deepseek-2node"));
    QCOMPARE(data.nodes.size(), 2);
    project.reset(data, QString());
}

// Another inventory, after the other processes ended: idle chips.
void processesGone(project::Project& project)
{
    for (const cluster::Node& n : project.data().nodes) {
        cluster::NodeLive live = n.live;
        for (cluster::Accelerator& a : live.accelerators) {
            a.processes.clear();
            a.hbmUsedMib = 3353;
        }
        project.setLive(n.name, live);
    }
}

QStringList ruleIds(const ProblemsModel* problems)
{
    QStringList ids;
    for (int r = 0; r < problems->rowCount(); ++r)
        ids << problems->index(r, 0).data(ProblemsModel::KindRole).toString();
    return ids;
}

} // namespace

class TestMemoryInUseBoard : public QObject
{
    Q_OBJECT

private slots:
    void tilesShowHeldMemory()
    {
        project::Project project;
        openDemo(project);
        QUndoStack stack;
        AssignmentBoard board(&project, &stack);
        const QModelIndex busy = board.model()->npuIndex(kNode0, 2);
        const QModelIndex idle = board.model()->npuIndex(kNode0, 6);
        QCOMPARE(busy.data(BoardModel::SeverityRole).toInt(), int(deployment::Severity::Error));
        QCOMPARE(idle.data(BoardModel::SeverityRole).toInt(), -1);
        QCOMPARE(busy.data(BoardModel::HeldBytesRole).toDouble(), 56681 * planning::kMiB);
        QCOMPARE(idle.data(BoardModel::HeldBytesRole).toDouble(), 0.0);
        const QString tip = busy.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("pid 49945")) && tip.contains(QLatin1String("55.4 GiB")), qPrintable(tip));
        QCOMPARE(ruleIds(board.problemsModel()).count(QStringLiteral("memory-in-use")), 2);

        QVERIFY(test::showAt(board, 1200, 560));
        const QString path = test::screenshotPath(QStringLiteral("board-memory-in-use.png"));
        QVERIFY(board.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));

        processesGone(project);
        QCOMPARE(busy.data(BoardModel::SeverityRole).toInt(), -1);
        QVERIFY(!ruleIds(board.problemsModel()).contains(QStringLiteral("memory-in-use")));
    }

    void dragOverHeldNpusIsRed()
    {
        project::Project project;
        openDemo(project);
        QUndoStack stack;
        stack.push(new DeleteDeploymentCommand(&project, kDeepseek));
        AssignmentBoard board(&project, &stack);
        QVERIFY(test::showAt(board, 1200, 560));
        BoardCanvas* canvas = board.canvas();
        std::unique_ptr<QMimeData> mime(
            ModelRefMime::encodeModels({ModelRefMime::catalogRef(QStringLiteral("Qwen3-8B"))}));
        for (const auto& [device, fit] : {std::pair {1, planning::Fit::NoFit}, std::pair {5, planning::Fit::Fits}}) {
            const QPoint pos = canvas->tileRect({0, device}).center();
            QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            canvas->dragEnterEvent(&enter);
            QDragMoveEvent move(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            canvas->dragMoveEvent(&move);
            QCOMPARE(canvas->highlightFit(), fit);
            if (fit == planning::Fit::NoFit)
                QVERIFY2(canvas->highlightReason().contains(QLatin1String("pid 49944")),
                         qPrintable(canvas->highlightReason()));
        }
    }

    void planHeaderFollowsTheBoard()
    {
        project::Project project;
        openDemo(project);
        QUndoStack stack;
        PlanPanel panel(&project, &stack);
        panel.setDeployment(kDeepseek);
        panel.flush();
        QVERIFY2(!panel.summaryText().contains(QLatin1String("fits")), qPrintable(panel.summaryText()));
        QVERIFY2(panel.summaryText().contains(QLatin1String("memory in use on ds-node0")),
                 qPrintable(panel.summaryText()));

        QVERIFY(test::showAt(panel, 1100, 640));
        const QString path = test::screenshotPath(QStringLiteral("plan-memory-in-use.png"));
        QVERIFY(panel.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));

        processesGone(project);
        panel.flush();
        QVERIFY2(panel.summaryText().contains(QLatin1String("fits")), qPrintable(panel.summaryText()));
    }
};

QTEST_MAIN(TestMemoryInUseBoard)
#include "tst_memoryinuseboard.moc"
