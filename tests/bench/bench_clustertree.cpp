// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times a live refresh of the cluster tree on a simulated fleet (default 256 nodes × 8 NPUs; `bench_clustertree
// 32` in CI): every node's inventory arrives, as the refresh delivers it, and the GUI thread takes it in and
// repaints. Checks that expansion, selection and scroll position survive. Prints figures, the headline last.
#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextStream>
#include <QThreadPool>
#include <QTreeView>
#include <algorithm>

#include "core/project/DemoProjects.h"
#include "core/project/Project.h"
#include "core/remote/InventoryProbe.h"
#include "core/sim/SimulatedTransport.h"

#include "ui/cluster/ClusterPane.h"
#include "ui/cluster/ClusterTreeModel.h"

#include "BenchSupport.h"

using namespace npufleet;

namespace {

// What a refresh brings for every node: the simulator's answers, probed off the clock.
QList<cluster::NodeLive> probeAll(const QList<cluster::Node>& nodes)
{
    sim::SimulatedTransport transport(project::demoSimulationFolder());
    QList<cluster::NodeLive> lives(nodes.size());
    std::atomic_bool cancel {false};
    QThreadPool pool;
    for (int i = 0; i < nodes.size(); ++i)
        pool.start([&, i] { lives[i] = remote::probeNode(transport, nodes.at(i), cancel); });
    pool.waitForDone();
    return lives;
}

// Figures move between bursts, as they do on a live cluster.
void nudge(QList<cluster::NodeLive>& lives, int burst)
{
    for (cluster::NodeLive& live : lives) {
        for (cluster::Accelerator& a : live.accelerators) {
            if (a.hbmUsedMib)
                *a.hbmUsedMib += (burst % 2 == 0 ? 17 : -17);
            a.tempC = a.tempC.value_or(40) + (burst % 2 == 0 ? 1 : -1);
        }
        live.updated = QDateTime::currentDateTimeUtc();
    }
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int nodes = test::benchArgument(argc, argv, 1, 256);
    const int bursts = test::benchArgument(argc, argv, 2, 11);
    auto data = test::benchFleet(nodes, out);
    if (!data)
        return 2;
    project::Project project;
    project.reset(*data, QString());
    QList<cluster::NodeLive> lives = probeAll(project.data().nodes);

    ui::ClusterPane pane(&project);
    pane.resize(420, 1000);
    pane.show();
    QTreeView* view = pane.view();
    QCoreApplication::processEvents();
    // A user's state: some nodes folded, an NPU selected half way down, the list scrolled there.
    const int middle = nodes / 2;
    for (int i = 0; i < nodes; i += 3)
        view->collapse(view->model()->index(i, 0));
    const QModelIndex npu = view->model()->index(2, 0, view->model()->index(middle, 0));
    view->setCurrentIndex(npu);
    view->scrollTo(npu, QAbstractItemView::PositionAtCenter);
    QCoreApplication::processEvents();
    const int scroll = view->verticalScrollBar()->value();
    const QString selected = npu.data(ui::ClusterTreeModel::NodeNameRole).toString();
    int expanded = 0;
    for (int i = 0; i < nodes; ++i)
        expanded += view->isExpanded(view->model()->index(i, 0)) ? 1 : 0;

    QList<qint64> times;
    for (int b = 0; b < bursts; ++b) {
        nudge(lives, b);
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < nodes; ++i)
            project.setLive(project.data().nodes.at(i).name, lives.at(i));
        view->viewport()->repaint(); // what the screen shows after the burst
        QCoreApplication::processEvents();
        times << t.nsecsElapsed();
    }
    int expandedAfter = 0;
    for (int i = 0; i < nodes; ++i)
        expandedAfter += view->isExpanded(view->model()->index(i, 0)) ? 1 : 0;
    const bool kept = expandedAfter == expanded && view->verticalScrollBar()->value() == scroll
        && view->currentIndex().data(ui::ClusterTreeModel::NodeNameRole).toString() == selected
        && view->currentIndex().parent().isValid();
    std::sort(times.begin(), times.end());
    out << QStringLiteral("tree %1 nodes x 8: %2 bursts of %1 live updates, median %3 ms, max %4 ms; "
                          "expansion, selection and scroll %5\n")
               .arg(nodes)
               .arg(bursts)
               .arg(times.at(times.size() / 2) / 1e6, 0, 'f', 2)
               .arg(times.last() / 1e6, 0, 'f', 2)
               .arg(kept ? QStringLiteral("kept") : QStringLiteral("LOST"));
    out << QStringLiteral("tree %1x8 refresh: %2 ms\n").arg(nodes).arg(times.at(times.size() / 2) / 1e6, 0, 'f', 1);
    return kept ? 0 : 1;
}
