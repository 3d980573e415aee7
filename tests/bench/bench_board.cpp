// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times the assignment board on a simulated fleet (default 256 nodes × 8 NPUs; `bench_board 32` in CI), in a
// 1920×1080 window: a drag hovering over NPUs far down the board (the fit preview: target, planner, lit
// tiles) and a full repaint of what the window shows, in tiles and in the overview (also zoomed to fit, when
// every row is painted). Prints figures, the headline last; asserts nothing.
#include <QApplication>
#include <QDragMoveEvent>
#include <QElapsedTimer>
#include <QImage>
#include <QMimeData>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextStream>
#include <QUndoStack>
#include <algorithm>
#include <functional>

#include "core/project/Project.h"

#include "ui/assign/AssignmentBoard.h"
#include "ui/assign/BoardCanvas.h"
#include "ui/assign/ModelRefMime.h"

#include "BenchSupport.h"

using namespace npufleet;

namespace {

double medianMs(int runs, const std::function<void(int)>& body)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        body(i);
        times << t.nsecsElapsed();
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int nodes = test::benchArgument(argc, argv, 1, 256);
    const int runs = test::benchArgument(argc, argv, 2, 41);
    auto data = test::benchFleet(nodes, out);
    if (!data)
        return 2;
    project::Project project;
    project.reset(*data, QString());
    QUndoStack stack;
    ui::AssignmentBoard board(&project, &stack);
    board.resize(1920, 1080);
    board.show();
    board.setOverview(false);
    QCoreApplication::processEvents();
    ui::BoardCanvas* canvas = board.canvas();
    QWidget* viewport = board.scrollArea()->viewport();
    // Far down the board, where a drag ends after scrolling.
    const int row = nodes * 3 / 4;
    board.scrollArea()->verticalScrollBar()->setValue(canvas->tileRect({row, 0}).top() - 100);
    QCoreApplication::processEvents();

    // Paint what the window shows into an image: QWidget::repaint() on an offscreen platform may paint
    // nothing (no exposed window), which timed an empty call.
    QImage frame(viewport->size(), QImage::Format_ARGB32_Premultiplied);
    auto paint = [&] { viewport->render(&frame); };

    std::unique_ptr<QMimeData> mime(
        ui::ModelRefMime::encodeModels({ui::ModelRefMime::catalogRef(QStringLiteral("Qwen3-32B"))}));
    QDragEnterEvent enter(canvas->tileRect({row, 0}).center(), Qt::CopyAction, mime.get(), Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(canvas, &enter);
    auto hover = [&](int i) {
        const ui::BoardCanvas::Cell cell {row + i % 4, i % 8};
        QDragMoveEvent move(canvas->tileRect(cell).center(), Qt::CopyAction, mime.get(), Qt::LeftButton,
                            Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
    };
    const double hoverMs = medianMs(runs, hover);
    const double hoverPaintMs = medianMs(runs, [&](int i) {
        hover(i);
        paint();
    });
    QDragLeaveEvent leave;
    QApplication::sendEvent(canvas, &leave);

    const double tilesMs = medianMs(runs, [&](int) { paint(); });
    board.setOverview(true);
    QCoreApplication::processEvents();
    const double overviewMs = medianMs(runs, [&](int) { paint(); });
    board.zoomToFit();
    QCoreApplication::processEvents();
    const double fitMs = medianMs(runs, [&](int) { paint(); });

    out << QStringLiteral("board %1x8, 1920x1080, medians of %2 runs:\n").arg(nodes).arg(runs);
    out << QStringLiteral("  drag hover (target, fit preview, lit tiles): %1 ms; with its repaint: %2 ms\n")
               .arg(hoverMs, 0, 'f', 2)
               .arg(hoverPaintMs, 0, 'f', 2);
    out << QStringLiteral("  full repaint: tiles %1 ms, overview %2 ms, overview fit to window (zoom %3) %4 ms\n")
               .arg(tilesMs, 0, 'f', 2)
               .arg(overviewMs, 0, 'f', 2)
               .arg(canvas->zoom(), 0, 'f', 2)
               .arg(fitMs, 0, 'f', 2);
    out << QStringLiteral("board %1x8 drag hover: %2 ms, full repaint: %3 ms\n")
               .arg(nodes)
               .arg(hoverMs, 0, 'f', 1)
               .arg(std::max({tilesMs, overviewMs, fitMs}), 0, 'f', 1);
    return 0;
}
