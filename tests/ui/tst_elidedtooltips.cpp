// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A name cut short on screen is whole in its tooltip: a cell of any list or table, a node on the board (tiles
// and overview), an NPU's deployment, a model in the library.
#include <QHeaderView>
#include <QTableWidget>
#include <QToolTip>
#include <QUndoStack>
#include <QtTest>

#include "core/project/Deployment.h"

#include "ui/assign/AssignmentBoard.h"
#include "ui/assign/BoardCanvas.h"
#include "ui/assign/ModelLibraryModel.h"
#include "ui/common/ElidedToolTips.h"

#include "ProjectTestKit.h"

using namespace npufleet;
using namespace npufleet::ui;

namespace {

// The tooltip widget shows for a hover at pos, or "" when none does.
QString toolTipAt(QWidget* widget, const QPoint& pos)
{
    [&] {
        QToolTip::hideText();
        QTRY_VERIFY_WITH_TIMEOUT(!QToolTip::isVisible(), 2000);
    }();
    QHelpEvent help(QEvent::ToolTip, pos, widget->mapToGlobal(pos));
    QCoreApplication::sendEvent(widget, &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

} // namespace

class TestElidedToolTips : public QObject
{
    Q_OBJECT

private slots:
    void cutCellShowsItsWholeText()
    {
        const QString longName = QStringLiteral("qwen3-235b-a22b-instruct-2507-on-rack-b");
        QTableWidget table(2, 2);
        table.setItem(0, 0, new QTableWidgetItem(longName));
        table.setItem(1, 0, new QTableWidgetItem(QStringLiteral("ok")));
        auto* own = new QTableWidgetItem(longName);
        own->setToolTip(QStringLiteral("the model's own"));
        table.setItem(0, 1, own);
        table.horizontalHeader()->resizeSection(0, 60);
        table.horizontalHeader()->resizeSection(1, 60);
        ElidedToolTips::install(&table);
        QVERIFY(test::showAt(table, 300, 200));

        QWidget* viewport = table.viewport();
        QCOMPARE(toolTipAt(viewport, table.visualRect(table.model()->index(0, 0)).center()), longName);
        QCOMPARE(toolTipAt(viewport, table.visualRect(table.model()->index(1, 0)).center()), QString()); // whole
        QCOMPARE(toolTipAt(viewport, table.visualRect(table.model()->index(0, 1)).center()),
                 QStringLiteral("the model's own"));
        table.horizontalHeader()->resizeSection(0, 280); // wide enough now
        QCOMPARE(toolTipAt(viewport, table.visualRect(table.model()->index(0, 0)).center()), QString());
    }

    void boardNamesAreWholeInTheirTooltips()
    {
        project::Project project;
        test::loadDemo(project);
        project::ProjectData data = project.data();
        const QString longNode = QStringLiteral("atlas-106-rack-b-row-12-slot-4-long-hostname");
        const QString oldNode = data.nodes.first().name;
        data.nodes.first().name = longNode;
        for (project::Deployment& d : data.deployments) {
            for (project::Placement& p : d.placement) {
                if (p.node == oldNode)
                    p.node = longNode;
            }
        }
        project.reset(data, QString());
        QUndoStack stack;
        AssignmentBoard board(&project, &stack);
        QVERIFY(test::showAt(board, 700, 500));
        BoardCanvas* canvas = board.canvas();
        for (const BoardCanvas::Mode mode : {BoardCanvas::Mode::Tiles, BoardCanvas::Mode::Overview}) {
            canvas->setMode(mode);
            QCoreApplication::processEvents();
            QVERIFY(toolTipAt(canvas, canvas->nodeLabelRect(0).center()).contains(longNode));
        }
        canvas->setMode(BoardCanvas::Mode::Tiles);
        // An NPU of a deployment names it whole, however narrow its tile (the tile row is the NPU's number here).
        int seen = 0;
        for (const project::Deployment& d : project.data().deployments) {
            for (const project::Placement& p : d.placement) {
                if (p.node != longNode || p.devices.isEmpty())
                    continue;
                const QString tip = toolTipAt(canvas, canvas->tileRect({0, p.devices.first()}).center());
                QVERIFY2(tip.contains(d.name), qPrintable(tip));
                QVERIFY2(tip.contains(longNode), qPrintable(tip));
                ++seen;
            }
        }
        QVERIFY(seen > 0);
    }

    void everyModelNameIsInItsTooltip()
    {
        project::Project project;
        test::loadDemo(project);
        ModelLibraryModel model(&project);
        QVERIFY(model.rowCount() > 0);
        const auto check = [&model](const QModelIndex& parent, const auto& self) -> void {
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QModelIndex i = model.index(r, 0, parent);
                if (model.rowCount(i) > 0) { // a group: "In this project", a family
                    self(i, self);
                    continue;
                }
                const QString name = i.data(Qt::DisplayRole).toString();
                const QString tip = i.data(Qt::ToolTipRole).toString();
                QVERIFY2(!tip.isEmpty() && tip.contains(name), qPrintable(name));
            }
        };
        check({}, check);
    }
};

QTEST_MAIN(TestElidedToolTips)
#include "tst_elidedtooltips.moc"
