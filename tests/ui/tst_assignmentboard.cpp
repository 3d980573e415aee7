// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QMenu>
#include <QMimeData>
#include <QUndoStack>
#include <QtTest>

#include "ui/assign/Assigner.h"
#include "ui/assign/AssignmentBoard.h"
#include "ui/assign/BoardCanvas.h"
#include "ui/assign/BoardModel.h"
#include "ui/assign/ModelRefMime.h"
#include "ui/assign/ProblemsModel.h"
#include "ui/commands/DeploymentCommands.h"

#include "Fixtures.h"
#include "ProjectTestKit.h"

using namespace npufleet;
using namespace npufleet::ui;

namespace {
const QString k106 = QStringLiteral("atlas-106");
const QString k107 = QStringLiteral("atlas-107");
const QString k108 = QStringLiteral("atlas-108");
const QString kQwen3 = QStringLiteral("qwen3-30b-a3b");
const QString kCoder = QStringLiteral("qwen25-coder-32b");
} // namespace

class TestAssignmentBoard : public QObject
{
    Q_OBJECT

private slots:
    void modelsPassTester();
    void mimeRoundTrips();
    void dropThroughModelApi();
    void simulatedDragOnBoard();
    void undoRedoIsByteForByte();
    void autoPlaceDemoLandsOnHalves();
    void tooLargeModelStaysUnplaced();
    void keyboardAndContextMenu();
    void conflictsShownOnTiles();
    void screenshot();

private:
    static const project::Deployment* deployment(const project::Project& p, const QString& name)
    {
        const int i = p.data().deploymentIndex(name);
        return i < 0 ? nullptr : &p.data().deployments.at(i);
    }
    static void unplaceAll(project::Project& project, QUndoStack& stack)
    {
        stack.beginMacro(QStringLiteral("unplace"));
        for (const project::Deployment& d : project.data().deployments)
            stack.push(new PlaceDeploymentCommand(&project, d.name, {}, d.layout));
        stack.endMacro();
    }
    static void drag(BoardCanvas* canvas, QMimeData* mime, const QPoint& pos, Qt::DropAction action, bool drop)
    {
        QDragEnterEvent enter(pos, action, mime, Qt::LeftButton, Qt::NoModifier);
        canvas->dragEnterEvent(&enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(pos, action, mime, Qt::LeftButton, Qt::NoModifier);
        canvas->dragMoveEvent(&move);
        if (drop) {
            QDropEvent dropEvent(QPointF(pos), action, mime, Qt::LeftButton, Qt::NoModifier);
            canvas->dropEvent(&dropEvent);
        }
    }
};

void TestAssignmentBoard::modelsPassTester()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    AssignmentBoard board(&project, &stack);
    QAbstractItemModelTester tester(board.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester problems(board.problemsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(board.model()->rowCount(), 5);
    QCOMPARE(board.model()->rowCount(board.model()->index(0, 0)), 8);
    QVERIFY(board.assigner()->assignModel(kCoder, DropTarget::wholeNodes({k107})));
    QVERIFY(board.assigner()->moveDeployment(kQwen3, DropTarget::wholeNodes({k108})));
    cluster::Node extra = project.data().nodes.last();
    extra.name = QStringLiteral("atlas-111");
    extra.hardware.acceleratorCount = 4;
    project.insertNode(5, extra);
    QCOMPARE(board.model()->rowCount(board.model()->index(5, 0)), 4);
    extra.hardware.acceleratorCount = 8;
    project.setNode(5, extra);
    QCOMPARE(board.model()->rowCount(board.model()->index(5, 0)), 8);
    project.removeNode(5);
    stack.undo();
    stack.undo();
    QCOMPARE(board.model()->rowCount(), 5);
}

void TestAssignmentBoard::mimeRoundTrips()
{
    const QStringList refs {kQwen3, ModelRefMime::catalogRef(QStringLiteral("Qwen3-8B"))};
    std::unique_ptr<QMimeData> models(ModelRefMime::encodeModels(refs));
    QVERIFY(models->hasFormat(QStringLiteral("application/x-npufleet-model-ref")));
    QCOMPARE(ModelRefMime::decodeModels(models.get()), refs);
    QVERIFY(ModelRefMime::decodeDeployment(models.get()).isEmpty());
    QCOMPARE(ModelRefMime::catalogName(refs.at(1)), QStringLiteral("Qwen3-8B"));

    std::unique_ptr<QMimeData> dep(ModelRefMime::encodeDeployment(kCoder));
    QCOMPARE(ModelRefMime::decodeDeployment(dep.get()), kCoder);
    QVERIFY(ModelRefMime::decodeModels(dep.get()).isEmpty());

    QMimeData future;
    future.setData(ModelRefMime::modelType(), R"({"version":2,"models":["x"]})");
    QVERIFY(ModelRefMime::decodeModels(&future).isEmpty());
}

void TestAssignmentBoard::dropThroughModelApi()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    Assigner assigner(&project, &stack);
    BoardModel model(&project, &assigner);
    std::unique_ptr<QMimeData> mime(ModelRefMime::encodeModels({kQwen3}));
    const QModelIndex node106 = model.index(0, 0);
    const QModelIndex node107 = model.index(1, 0);
    QVERIFY(!model.canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, node106)); // every NPU taken
    QVERIFY(model.canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, node107));
    QVERIFY(!model.canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, model.npuIndex(k107, 0))); // one NPU: short
    QVERIFY(model.dropMimeData(mime.get(), Qt::CopyAction, -1, -1, node107));
    QCOMPARE(project.data().deployments.size(), 3);
    const project::Deployment& created = project.data().deployments.last();
    QCOMPARE(created.name, QStringLiteral("qwen3-30b-a3b-2"));
    QCOMPARE(created.placement, (QList<project::Placement> {{k107, {0, 1, 2, 3}}}));
    QCOMPARE(created.layout.npus(), 4);
    QCOMPARE(model.index(2, 0, node107).data(BoardModel::OwnerRole).toString(), created.name);
    QVERIFY(model.index(2, 0, node107).data(BoardModel::WeightBytesRole).toDouble() > 0);

    // A deployment dropped on one NPU moves to a free group of its size around that NPU.
    std::unique_ptr<QMimeData> move(ModelRefMime::encodeDeployment(kCoder));
    QVERIFY(model.dropMimeData(move.get(), Qt::MoveAction, -1, -1, model.npuIndex(k108, 5)));
    QCOMPARE(deployment(project, kCoder)->placement, (QList<project::Placement> {{k108, {4, 5, 6, 7}}}));
    QCOMPARE(deployment(project, kCoder)->layout.tp, 4); // the chosen layout stays
    // Copy action: grow onto that NPU.
    QVERIFY(model.dropMimeData(move.get(), Qt::CopyAction, -1, -1, model.npuIndex(k108, 3)));
    QCOMPARE(deployment(project, kCoder)->placedDevices(), 5);
    QCOMPARE(stack.count(), 3);
}

void TestAssignmentBoard::simulatedDragOnBoard()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    AssignmentBoard board(&project, &stack);
    QVERIFY(test::showAt(board, 1200, 700));
    BoardCanvas* canvas = board.canvas();

    // Too small: one NPU for a 30B model lights red and the drop is refused.
    std::unique_ptr<QMimeData> big(ModelRefMime::encodeModels({kQwen3}));
    drag(canvas, big.get(), canvas->tileRect({1, 1}).center(), Qt::CopyAction, false);
    QCOMPARE(canvas->highlightFit(), planning::Fit::NoFit);
    QCOMPARE(canvas->highlightedCells(), (QList<BoardCanvas::Cell> {{1, 1}}));
    QVERIFY2(canvas->highlightReason().contains(QLatin1String("short")), qPrintable(canvas->highlightReason()));
    drag(canvas, big.get(), canvas->tileRect({1, 1}).center(), Qt::CopyAction, true);
    QCOMPARE(project.data().deployments.size(), 2);

    // A rubber-band-like selection of four NPUs: green, then a deployment there.
    canvas->setSelectedCells({{2, 4}, {2, 5}, {2, 6}, {2, 7}});
    drag(canvas, big.get(), canvas->tileRect({2, 5}).center(), Qt::CopyAction, false);
    QCOMPARE(canvas->highlightFit(), planning::Fit::Fits);
    QCOMPARE(canvas->highlightedCells().size(), 4);
    drag(canvas, big.get(), canvas->tileRect({2, 5}).center(), Qt::CopyAction, true);
    QCOMPARE(project.data().deployments.size(), 3);
    QCOMPARE(project.data().deployments.last().placement, (QList<project::Placement> {{k108, {4, 5, 6, 7}}}));

    // A catalog model on a node label: it joins the project, free NPUs are chosen.
    std::unique_ptr<QMimeData> small(
        ModelRefMime::encodeModels({ModelRefMime::catalogRef(QStringLiteral("Qwen3-8B"))}));
    drag(canvas, small.get(), canvas->nodeLabelRect(2).center(), Qt::CopyAction, true);
    QCOMPARE(project.data().models.size(), 3);
    QCOMPARE(project.data().models.last().catalog, QStringLiteral("Qwen3-8B"));
    QCOMPARE(project.data().deployments.last().placement.first().node, k108);
    QCOMPARE(project.data().deployments.last().placement.first().devices.first(), 0);
    QCOMPARE(stack.count(), 2); // model added and deployment created in one step

    // Dragging a deployment's tiles moves it.
    std::unique_ptr<QMimeData> dep(ModelRefMime::encodeDeployment(kQwen3));
    drag(canvas, dep.get(), canvas->tileRect({3, 0}).center(), Qt::MoveAction, true);
    QCOMPARE(deployment(project, kQwen3)->placement,
             (QList<project::Placement> {{QStringLiteral("atlas-109"), {0, 1, 2, 3}}}));
    QCOMPARE(canvas->highlightedCells().size(), 0); // cleared after the drop
}

void TestAssignmentBoard::undoRedoIsByteForByte()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    Assigner assigner(&project, &stack);
    QList<QByteArray> states {project::serializeProject(project.data())};
    QString why;
    auto step = [&](bool ok) {
        QVERIFY2(ok, qPrintable(why));
        states << project::serializeProject(project.data());
        QVERIFY(states.last() != states.at(states.size() - 2));
    };
    step(assigner.assignModel(ModelRefMime::catalogRef(QStringLiteral("Qwen3-32B")), DropTarget::wholeNodes({k107}),
                              &why));
    step(assigner.moveDeployment(QStringLiteral("qwen3-32b"), DropTarget::wholeNodes({k108}), &why));
    step(assigner.extendDeployment(QStringLiteral("qwen3-32b"), DropTarget {{{k108, {4, 5, 6, 7}}}, {}}, &why));
    step(assigner.shrinkDeployment(QStringLiteral("qwen3-32b"), {{k108, {0, 1, 2, 3}}}, &why));
    step(assigner.deleteDeployment(kCoder));
    unplaceAll(project, stack);
    states << project::serializeProject(project.data());
    step(!assigner.autoPlace().isEmpty());
    QCOMPARE(stack.count(), states.size() - 1);

    test::checkUndoRedo(stack, project, states);
}

void TestAssignmentBoard::autoPlaceDemoLandsOnHalves()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    AssignmentBoard board(&project, &stack);
    unplaceAll(project, stack);
    const QByteArray unplaced = project::serializeProject(project.data());
    board.autoPlaceAction()->trigger();
    const QSet<QList<int>> halves {{0, 1, 2, 3}, {4, 5, 6, 7}};
    QSet<QList<int>> got;
    for (const project::Deployment& d : project.data().deployments) {
        QCOMPARE(d.placement.size(), 1);
        QCOMPARE(d.placement.first().node, k106);
        got.insert(d.placement.first().devices);
    }
    QCOMPARE(got, halves);
    QCOMPARE(stack.count(), 2);
    QCOMPARE(stack.text(1), QStringLiteral("Auto-place 2 deployment(s)"));
    stack.undo();
    QCOMPARE(project::serializeProject(project.data()), unplaced);
}

void TestAssignmentBoard::tooLargeModelStaysUnplaced()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    AssignmentBoard board(&project, &stack);
    project::ModelSource r1;
    r1.id = QStringLiteral("r1");
    r1.name = QStringLiteral("DeepSeek-R1-0528");
    r1.catalog = r1.name;
    r1.quantization = QStringLiteral("bf16");
    stack.push(new AddModelCommand(&project, r1));
    project::Deployment d = board.assigner()->newDeployment(r1.id);
    stack.push(new CreateDeploymentCommand(&project, d));
    QCOMPARE(stack.count(), 2);
    const QList<planning::AutoPlaceOutcome> outcomes = board.autoPlace();
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(!outcomes.first().placed);
    QCOMPARE(stack.count(), 2); // nothing placed, nothing pushed
    QVERIFY2(board.statusText().contains(QLatin1String("left unplaced")), qPrintable(board.statusText()));
    bool listed = false;
    for (int r = 0; r < board.problemsModel()->rowCount(); ++r) {
        const QModelIndex i = board.problemsModel()->index(r, 0);
        listed = listed
            || (i.data(ProblemsModel::KindRole).toString() == QLatin1String("placement-empty")
                && i.data(ProblemsModel::DeploymentRole).toString() == d.name);
    }
    QVERIFY(listed);
}

void TestAssignmentBoard::keyboardAndContextMenu()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    AssignmentBoard board(&project, &stack);
    QVERIFY(test::showAt(board, 1200, 700));
    BoardCanvas* canvas = board.canvas();
    canvas->setFocus();
    // Down to atlas-107, then Shift+Right three times: NPUs 0-3 selected.
    QTest::keyClick(canvas, Qt::Key_Down); // the first key only puts the cursor on the first NPU
    QCOMPARE(canvas->currentCell(), (BoardCanvas::Cell {0, 0}));
    QTest::keyClick(canvas, Qt::Key_Down);
    QCOMPARE(canvas->currentCell(), (BoardCanvas::Cell {1, 0}));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(canvas, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(canvas->selectedCells().size(), 4);

    std::unique_ptr<QMenu> menu(canvas->buildContextMenu(nullptr));
    auto* assign = menu->findChild<QMenu*>(QStringLiteral("assignMenu"));
    QVERIFY(assign);
    QAction* qwen = nullptr;
    for (QAction* a : assign->actions()) {
        if (a->data().toString() == kQwen3)
            qwen = a;
    }
    QVERIFY(qwen && qwen->isEnabled());
    qwen->trigger();
    QCOMPARE(project.data().deployments.size(), 3);
    QCOMPARE(project.data().deployments.last().placement, (QList<project::Placement> {{k107, {0, 1, 2, 3}}}));

    // Move the coder deployment onto NPUs 4-7 of atlas-107 from the menu.
    QTest::keyClick(canvas, Qt::Key_Right);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(canvas, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(canvas->selectedCells(), (QList<BoardCanvas::Cell> {{1, 4}, {1, 5}, {1, 6}, {1, 7}}));
    menu.reset(canvas->buildContextMenu(nullptr));
    auto* move = menu->findChild<QMenu*>(QStringLiteral("moveMenu"));
    QVERIFY(move);
    for (QAction* a : move->actions()) {
        if (a->data().toString() == kCoder)
            a->trigger();
    }
    QCOMPARE(deployment(project, kCoder)->placement, (QList<project::Placement> {{k107, {4, 5, 6, 7}}}));
    // Delete removes the selected NPUs from their deployment: all of them, so it goes.
    QTest::keyClick(canvas, Qt::Key_Delete);
    QVERIFY(!deployment(project, kCoder));
    QCOMPARE(stack.count(), 3);
    stack.undo();
    QCOMPARE(deployment(project, kCoder)->placement, (QList<project::Placement> {{k107, {4, 5, 6, 7}}}));
}

void TestAssignmentBoard::conflictsShownOnTiles()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    AssignmentBoard board(&project, &stack);
    QCOMPARE(board.model()->npuIndex(k106, 3).data(BoardModel::SeverityRole).toInt(), -1);
    // A placement the assigner would refuse, as a hand edit of the file might make it.
    stack.push(new MoveDeploymentCommand(&project, kCoder, {{k106, {2, 3, 4, 5}}}, {4, 1, 1, false}));
    QCOMPARE(board.model()->npuIndex(k106, 3).data(BoardModel::SeverityRole).toInt(), int(deployment::Severity::Error));
    QVERIFY(board.model()
                ->npuIndex(k106, 3)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("also used by deployment")));
    QCOMPARE(board.model()->npuIndex(k106, 7).data(BoardModel::SeverityRole).toInt(), -1);
    QStringList kinds;
    for (int r = 0; r < board.problemsModel()->rowCount(); ++r)
        kinds << board.problemsModel()->index(r, 0).data(ProblemsModel::KindRole).toString();
    QVERIFY(kinds.contains(QStringLiteral("device-shared")));
    QVERIFY(kinds.contains(QStringLiteral("tp-not-contiguous")));
    stack.undo();
    QCOMPARE(board.problemsModel()->rowCount(), 0);
}

void TestAssignmentBoard::screenshot()
{
    project::Project project;
    test::loadDemo(project);
    QUndoStack stack;
    AssignmentBoard board(&project, &stack);
    // Something on more than one node, so the picture shows what the board is for.
    QVERIFY(board.assigner()->assignModel(ModelRefMime::catalogRef(QStringLiteral("Llama-3.1-70B")),
                                          DropTarget::wholeNodes({k107})));
    QVERIFY(board.assigner()->assignModel(
        ModelRefMime::catalogRef(QStringLiteral("Qwen2.5-72B-Instruct")),
        DropTarget {{{k108, {4, 5, 6, 7}}, {QStringLiteral("atlas-109"), {4, 5, 6, 7}}}, {}}));
    QVERIFY(board.assigner()->assignModel(ModelRefMime::catalogRef(QStringLiteral("Qwen3-8B")),
                                          DropTarget {{{QStringLiteral("atlas-109"), {0}}}, {}}));
    QVERIFY(test::showAt(board, 1200, 700));
    // A drag in flight: Qwen3-32B over atlas-110, green where it would go.
    std::unique_ptr<QMimeData> mime(
        ModelRefMime::encodeModels({ModelRefMime::catalogRef(QStringLiteral("Qwen3-32B"))}));
    drag(board.canvas(), mime.get(), board.canvas()->nodeLabelRect(4).center(), Qt::CopyAction, false);
    QCOMPARE(board.canvas()->highlightFit(), planning::Fit::Fits);
    const QString path = test::screenshotPath(QStringLiteral("assignment-board.png"));
    QVERIFY(board.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestAssignmentBoard)
#include "tst_assignmentboard.moc"
