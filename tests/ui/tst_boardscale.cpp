// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The assignment board at cluster size (demo:fleet-64 in a 1024×700 window): it scrolls, a tile the keyboard
// reaches comes into view, Ctrl+wheel and Fit zoom, the overview shows a line per node and filters, and
// drag-and-drop, auto-scroll near an edge, selection and undo work on nodes far down the list.
#include <QLineEdit>
#include <QMimeData>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include "ui/assign/Assigner.h"
#include "ui/assign/AssignmentBoard.h"
#include "ui/assign/BoardCanvas.h"
#include "ui/assign/BoardViewBar.h"
#include "ui/assign/ModelRefMime.h"

#include "Fixtures.h"
#include "ProjectTestKit.h"

using namespace npufleet;
using namespace npufleet::ui;

namespace {

const QString kFleet = QStringLiteral("fleet-64");

// The tile's rectangle in the viewport's coordinates.
QRect onScreen(const AssignmentBoard& board, const BoardCanvas::Cell& cell)
{
    const QRect r = board.canvas()->tileRect(cell);
    return QRect(board.canvas()->mapTo(board.scrollArea()->viewport(), r.topLeft()), r.size());
}

bool inView(const AssignmentBoard& board, const BoardCanvas::Cell& cell)
{
    return board.scrollArea()->viewport()->rect().contains(onScreen(board, cell));
}

void drag(BoardCanvas* canvas, QMimeData* mime, const QPoint& pos, bool drop)
{
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &move);
    if (drop) {
        QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &dropEvent);
    }
}

void wheel(QWidget* target, const QPoint& pos, int delta, Qt::KeyboardModifiers modifiers)
{
    QWheelEvent event(QPointF(pos), QPointF(target->mapToGlobal(pos)), QPoint(), QPoint(0, delta), Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

} // namespace

class TestBoardScale : public QObject
{
    Q_OBJECT

private slots:
    void largeClusterOpensInOverview()
    {
        project::Project project;
        test::loadDemo(project, kFleet);
        QUndoStack stack;
        AssignmentBoard board(&project, &stack);
        QVERIFY(test::showAt(board, 1024, 700));
        QCOMPARE(board.canvas()->mode(), BoardCanvas::Mode::Overview);
        QVERIFY(board.viewBar()->overviewButton()->isChecked());
        QCOMPARE(board.canvas()->shownNodeCount(), 64);
        // A line per node: 64 of them are much shorter than 64 rows of tiles, yet still scroll at 700 px.
        const int overviewHeight = board.canvas()->height();
        board.setOverview(false);
        QCOMPARE(board.canvas()->mode(), BoardCanvas::Mode::Tiles);
        QVERIFY(board.canvas()->height() > 3 * overviewHeight);
        QVERIFY(board.scrollArea()->verticalScrollBar()->maximum() > 0);

        // The filter: by label, by chip, by free NPUs, and words together.
        board.setOverview(true);
        board.viewBar()->filterEdit()->setText(QStringLiteral("rack-02"));
        QCOMPARE(board.canvas()->shownNodeCount(), 16);
        board.viewBar()->filterEdit()->setText(QStringLiteral("910B3"));
        QCOMPARE(board.canvas()->shownNodeCount(), 16);
        board.viewBar()->filterEdit()->setText(QStringLiteral("910B3 rack-01"));
        QCOMPARE(board.canvas()->shownNodeCount(), 4);
        board.viewBar()->filterEdit()->setText(QStringLiteral("free>=8"));
        QCOMPARE(board.canvas()->shownNodeCount(), 64 - 4); // fleet-001, -004, -008, -010 hold deployments
        board.viewBar()->filterEdit()->setText(QStringLiteral("fleet-063"));
        QCOMPARE(board.canvas()->shownNodeCount(), 1);
        QVERIFY(board.canvas()->isNodeShown(62));
        QVERIFY(!board.canvas()->isNodeShown(0));
        QVERIFY(board.canvas()->cellAt(board.canvas()->tileRect({62, 3}).center()) == BoardCanvas::Cell(62, 3));
        board.viewBar()->filterEdit()->clear();
        QCOMPARE(board.canvas()->shownNodeCount(), 64);
        const QString path = test::screenshotPath(QStringLiteral("board-fleet64-overview.png"));
        QVERIFY(board.grab().save(path));
    }

    void keyboardBringsTileIntoView()
    {
        project::Project project;
        test::loadDemo(project, kFleet);
        QUndoStack stack;
        AssignmentBoard board(&project, &stack);
        QVERIFY(test::showAt(board, 1024, 700));
        board.setOverview(false);
        BoardCanvas* canvas = board.canvas();
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Down); // shows the cursor on the first node
        QCOMPARE(canvas->currentCell(), BoardCanvas::Cell(0, 0));
        QTest::keyClick(canvas, Qt::Key_End);
        QCOMPARE(canvas->currentCell().first, 63);
        QTRY_VERIFY(inView(board, canvas->currentCell()));
        QVERIFY(board.scrollArea()->verticalScrollBar()->value() > 0);
        QTest::keyClick(canvas, Qt::Key_PageUp);
        QVERIFY(canvas->currentCell().first < 63);
        QTRY_VERIFY(inView(board, canvas->currentCell()));
        QTest::keyClick(canvas, Qt::Key_Home);
        QCOMPARE(canvas->currentCell().first, 0);
        QTRY_VERIFY(inView(board, canvas->currentCell()));
        // Through the rows the filter shows only.
        board.viewBar()->filterEdit()->setText(QStringLiteral("910B3"));
        QTest::keyClick(canvas, Qt::Key_Down);
        QCOMPARE(canvas->currentCell().first, 3); // fleet-004
    }

    void wheelScrollsAndCtrlWheelZooms()
    {
        project::Project project;
        test::loadDemo(project, kFleet);
        QUndoStack stack;
        AssignmentBoard board(&project, &stack);
        QVERIFY(test::showAt(board, 1024, 700));
        board.setOverview(false);
        BoardCanvas* canvas = board.canvas();
        QScrollBar* v = board.scrollArea()->verticalScrollBar();
        QCOMPARE(v->value(), 0);
        QWidget* viewport = board.scrollArea()->viewport();
        wheel(viewport, viewport->rect().center(), -120, Qt::NoModifier);
        QVERIFY(v->value() > 0);

        // Ctrl+wheel zooms about the mouse: the tile under it stays under it.
        const BoardCanvas::Cell cell {20, 2};
        v->setValue(canvas->tileRect(cell).top() - 200);
        const QPoint before = onScreen(board, cell).center();
        wheel(canvas, canvas->tileRect(cell).center(), -120, Qt::ControlModifier);
        QVERIFY(qAbs(canvas->zoom() - 0.8) < 1e-9);
        // Rows keep their place; tiles may widen into the room a smaller zoom gives them.
        QVERIFY2(qAbs(onScreen(board, cell).center().y() - before.y()) <= 4,
                 qPrintable(QStringLiteral("%1 → %2").arg(before.y()).arg(onScreen(board, cell).center().y())));
        QCOMPARE(canvas->cellAt(canvas->tileRect(cell).center()), cell);
        wheel(canvas, canvas->tileRect(cell).center(), 240, Qt::ControlModifier);
        QVERIFY(qAbs(canvas->zoom() - 1.25) < 1e-9);

        // Fit: the overview of 64 nodes fits 700 px at a legible zoom.
        board.setOverview(true);
        board.zoomToFit();
        QVERIFY(canvas->zoom() < 1.0);
        QVERIFY(canvas->zoom() >= BoardCanvas::kMinZoom);
        QTRY_COMPARE(v->maximum(), 0);
        const QString path = test::screenshotPath(QStringLiteral("board-fleet64-fit.png"));
        QVERIFY(board.grab().save(path));
    }

    void dropOnANodeScrolledIntoView_data()
    {
        QTest::addColumn<bool>("overview");
        QTest::newRow("tiles") << false;
        QTest::newRow("overview") << true;
    }

    void dropOnANodeScrolledIntoView()
    {
        QFETCH(bool, overview);
        project::Project project;
        test::loadDemo(project, kFleet);
        QUndoStack stack;
        AssignmentBoard board(&project, &stack);
        QVERIFY(test::showAt(board, 1024, 700));
        board.setOverview(overview);
        BoardCanvas* canvas = board.canvas();
        const BoardCanvas::Cell target {50, 4}; // fleet-051, far below the fold
        QVERIFY(!inView(board, target));
        canvas->setCurrentCell({49, 4});
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Down);
        QTRY_VERIFY(inView(board, target));

        const QByteArray before = project::serializeProject(project.data());
        std::unique_ptr<QMimeData> mime(
            ModelRefMime::encodeModels({ModelRefMime::catalogRef(QStringLiteral("Qwen3-8B"))}));
        drag(canvas, mime.get(), canvas->tileRect(target).center(), false);
        QVERIFY(canvas->highlightFit() != planning::Fit::NoFit);
        QVERIFY(canvas->highlightedCells().contains(target));
        drag(canvas, mime.get(), canvas->tileRect(target).center(), true);
        const project::Deployment& placed = project.data().deployments.last();
        QCOMPARE(placed.placement.first().node, QStringLiteral("fleet-051"));
        QVERIFY(placed.placement.first().devices.contains(4));
        QCOMPARE(canvas->highlightedCells().size(), 0);
        stack.undo();
        QCOMPARE(project::serializeProject(project.data()), before);
        stack.redo();
        QCOMPARE(project.data().deployments.last().placement.first().node, QStringLiteral("fleet-051"));

        // Selection by mouse on a scrolled row.
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, canvas->tileRect({50, 7}).center());
        QCOMPARE(canvas->selectedCells(), (QList<BoardCanvas::Cell> {{50, 7}}));
        if (!overview) {
            const QString path = test::screenshotPath(QStringLiteral("board-fleet64-scrolled.png"));
            QVERIFY(board.grab().save(path));
        }
    }

    void dragNearTheEdgeScrolls()
    {
        project::Project project;
        test::loadDemo(project, kFleet);
        QUndoStack stack;
        AssignmentBoard board(&project, &stack);
        QVERIFY(test::showAt(board, 1024, 700));
        board.setOverview(false);
        BoardCanvas* canvas = board.canvas();
        QScrollBar* v = board.scrollArea()->verticalScrollBar();
        QWidget* viewport = board.scrollArea()->viewport();
        std::unique_ptr<QMimeData> mime(
            ModelRefMime::encodeModels({ModelRefMime::catalogRef(QStringLiteral("Qwen3-8B"))}));
        const QPoint nearBottom = canvas->mapFrom(viewport, QPoint(viewport->width() / 2, viewport->height() - 4));
        drag(canvas, mime.get(), nearBottom, false);
        QTRY_VERIFY(v->value() > 200);
        // Away from the edge it stops; leaving stops it too.
        const QPoint middle = canvas->mapFrom(viewport, viewport->rect().center());
        QDragMoveEvent still(middle, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &still);
        const int stopped = v->value();
        QTest::qWait(100);
        QCOMPARE(v->value(), stopped);
        QDragLeaveEvent leave;
        QApplication::sendEvent(canvas, &leave);
    }
};

QTEST_MAIN(TestBoardScale)
#include "tst_boardscale.moc"
