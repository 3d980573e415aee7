// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// BoardCanvas: what the keyboard and the context menu do (everything a drag does, without one).
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>

#include "core/model/ModelCatalog.h"
#include "core/project/Project.h"

#include "ui/assign/BoardCanvas.h"
#include "ui/assign/BoardModel.h"
#include "ui/assign/ModelRefMime.h"

namespace npufleet::ui {

void BoardCanvas::removeSelectionFromDeployments()
{
    const DropTarget target = m_selection.isEmpty() ? targetOfCells({m_current}) : targetOfCells(selectedCells());
    QStringList owners;
    for (const Cell& c : m_selection.isEmpty() ? QList<Cell> {m_current} : selectedCells()) {
        const QString owner = c.first >= 0 ? ownerAt(c) : QString();
        if (!owner.isEmpty() && !owners.contains(owner))
            owners << owner;
    }
    for (const QString& owner : std::as_const(owners)) {
        QString why;
        if (!m_assigner->shrinkDeployment(owner, target.devices, &why))
            emit statusMessage(why);
    }
}

void BoardCanvas::keyPressEvent(QKeyEvent* event)
{
    const int shown = m_geometry.shownCount();
    if (shown == 0)
        return QWidget::keyPressEvent(event);
    // The first arrow only shows where the cursor is: on the first shown node.
    const bool fresh = m_current.first < 0 || !isNodeShown(m_current.first);
    Cell next = fresh ? Cell {m_geometry.rowAt(0), 0} : m_current;
    auto columns = [this](int row) { return m_model->rowCount(m_model->index(row, 0)); };
    // Up and down go through the rows the filter shows, in their order.
    auto rowBy = [&](int steps) {
        const int at = qBound(0, m_geometry.displayIndex(next.first) + steps, shown - 1);
        next.first = m_geometry.rowAt(at);
        next.second = qMin(next.second, columns(next.first) - 1);
    };
    const int page
        = qMax(1, int(parentWidget() ? parentWidget()->height() / (m_geometry.rowPitch() * m_zoom) : 10) - 1);
    const bool arrow = (event->key() >= Qt::Key_Left && event->key() <= Qt::Key_Down) || event->key() == Qt::Key_PageUp
        || event->key() == Qt::Key_PageDown || event->key() == Qt::Key_Home || event->key() == Qt::Key_End;
    switch (fresh && arrow ? int(Qt::Key_unknown) : event->key()) {
    case Qt::Key_unknown:
        break;
    case Qt::Key_Left:
        next.second = qMax(0, next.second - 1);
        break;
    case Qt::Key_Right:
        next.second = qMin(columns(next.first) - 1, next.second + 1);
        break;
    case Qt::Key_Up:
        rowBy(-1);
        break;
    case Qt::Key_Down:
        rowBy(1);
        break;
    case Qt::Key_PageUp:
        rowBy(-page);
        break;
    case Qt::Key_PageDown:
        rowBy(page);
        break;
    case Qt::Key_Home:
        rowBy(-shown);
        break;
    case Qt::Key_End:
        rowBy(shown);
        break;
    case Qt::Key_Space: {
        QList<Cell> cells = selectedCells();
        if (cells.contains(next))
            cells.removeAll(next);
        else
            cells << next;
        m_current = next;
        setSelectedCells(cells);
        return;
    }
    case Qt::Key_Escape:
        setSelectedCells({});
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        removeSelectionFromDeployments();
        return;
    case Qt::Key_Menu:
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        QMenu* menu = buildContextMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        const QRect r = m_current.first >= 0 ? tileRect(m_current) : rect();
        menu->popup(mapToGlobal(r.center()));
        return;
    }
    case Qt::Key_A:
        if (event->modifiers() & Qt::ControlModifier) {
            QList<Cell> all;
            for (int i = 0; i < shown; ++i) {
                const int r = m_geometry.rowAt(i);
                for (int c = 0; c < columns(r); ++c)
                    all << Cell {r, c};
            }
            setSelectedCells(all);
            return;
        }
        return QWidget::keyPressEvent(event);
    default:
        if (event->key() == Qt::Key_F10 && (event->modifiers() & Qt::ShiftModifier)) {
            QMenu* menu = buildContextMenu(this);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(mapToGlobal(m_current.first >= 0 ? tileRect(m_current).center() : rect().center()));
            return;
        }
        return QWidget::keyPressEvent(event);
    }
    if (next.first < 0 || next.second < 0)
        return;
    moveCurrent(next, event->modifiers());
}

void BoardCanvas::moveCurrent(const Cell& next, Qt::KeyboardModifiers modifiers)
{
    m_current = next;
    if (modifiers & Qt::ShiftModifier) {
        QList<Cell> cells = selectedCells();
        if (!cells.contains(next))
            cells << next;
        setSelectedCells(cells);
    } else if (!(modifiers & Qt::ControlModifier)) {
        m_anchor = next;
        setSelectedCells({next});
    }
    update();
    emit showRequested(tileRect(next));
}

void BoardCanvas::contextMenuEvent(QContextMenuEvent* event)
{
    const QPoint pos = event->pos();
    if (const int label = nodeLabelAt(pos); label >= 0 && !m_selectedNodes.contains(label)) {
        setSelectedNodes({label});
    } else if (const Cell cell = cellAt(pos); cell.first >= 0) {
        m_current = cell;
        if (!m_selection.contains(cell))
            setSelectedCells({cell});
    }
    QMenu* menu = buildContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

QMenu* BoardCanvas::buildContextMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("boardMenu"));
    const DropTarget target = selectionTarget();
    const project::ProjectData& doc = m_assigner->project()->data();
    auto report = [this](bool ok, const QString& why) { emit statusMessage(ok ? QString() : why); };

    QMenu* assign = menu->addMenu(target.nodes.isEmpty() ? tr("&Assign model here") : tr("&Assign model to node(s)"));
    assign->setObjectName(QStringLiteral("assignMenu"));
    assign->setEnabled(!target.isEmpty());
    auto addModel = [&](QMenu* into, const QString& ref, const QString& label) {
        const planning::PlacementChoice c = m_assigner->previewModel(ref, target);
        QAction* a = into->addAction(label, this, [this, ref, target, report] {
            QString why;
            report(m_assigner->assignModel(ref, target, &why), why);
        });
        a->setData(ref);
        a->setEnabled(c.fit != planning::Fit::NoFit);
        a->setToolTip(c.reason);
        a->setStatusTip(c.reason);
    };
    for (const project::ModelSource& m : doc.models)
        addModel(assign, m.id, m.name.isEmpty() ? m.id : m.name);
    QMenu* catalog = assign->addMenu(tr("From the catalog"));
    for (const model::CatalogEntry& e : model::ModelCatalog::entries())
        addModel(catalog, ModelRefMime::catalogRef(e.name), e.name);
    assign->setToolTipsVisible(true);
    QAction* wizard
        = menu->addAction(tr("&New Deployment Here…"), this, [this, target] { emit wizardRequested(target); });
    wizard->setObjectName(QStringLiteral("newDeploymentHere"));
    wizard->setEnabled(!target.isEmpty());

    QStringList owners;
    for (const Cell& c : m_selection.isEmpty() && m_current.first >= 0 ? QList<Cell> {m_current} : selectedCells()) {
        const QString owner = ownerAt(c);
        if (!owner.isEmpty() && !owners.contains(owner))
            owners << owner;
    }
    if (!doc.deployments.isEmpty()) {
        QMenu* move = menu->addMenu(tr("&Move deployment here"));
        move->setObjectName(QStringLiteral("moveMenu"));
        QMenu* grow = menu->addMenu(tr("A&dd these NPUs to"));
        grow->setObjectName(QStringLiteral("growMenu"));
        move->setEnabled(!target.isEmpty());
        grow->setEnabled(!target.devices.isEmpty());
        for (const project::Deployment& d : doc.deployments) {
            const QString name = d.name;
            QAction* a = move->addAction(name, this, [this, name, target, report] {
                QString why;
                report(m_assigner->moveDeployment(name, target, &why), why);
            });
            a->setData(name);
            QAction* g = grow->addAction(name, this, [this, name, target, report] {
                QString why;
                report(m_assigner->extendDeployment(name, target, &why), why);
            });
            g->setData(name);
        }
    }
    for (const QString& owner : std::as_const(owners)) {
        menu->addAction(tr("Pr&operties of %1…").arg(owner), this, [this, owner] { emit propertiesRequested(owner); })
            ->setObjectName(QStringLiteral("deploymentProperties"));
        menu->addAction(tr("&Remove these NPUs from %1").arg(owner), this, [this, owner, target, report] {
            QString why;
            report(m_assigner->shrinkDeployment(owner, target.devices, &why), why);
        });
        menu->addAction(tr("De&lete deployment %1").arg(owner), this,
                        [this, owner] { m_assigner->deleteDeployment(owner); });
    }
    menu->addSeparator();
    menu->addAction(tr("Auto-&place unplaced deployments"), this, &BoardCanvas::autoPlaceRequested);
    return menu;
}

} // namespace npufleet::ui
