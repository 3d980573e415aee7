// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assign/BoardCanvas.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QHelpEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

#include "core/project/Project.h"

#include "ui/assign/BoardModel.h"
#include "ui/assign/ModelRefMime.h"

namespace npufleet::ui {

BoardCanvas::BoardCanvas(BoardModel* model, Assigner* assigner, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_assigner(assigner)
{
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Assignment board"));
    auto refresh = [this] {
        // Rows may have gone: keep only what still exists.
        QSet<Cell> kept;
        for (const Cell& c : std::as_const(m_selection)) {
            if (c.first < m_model->rowCount() && c.second < m_model->rowCount(m_model->index(c.first, 0)))
                kept.insert(c);
        }
        m_selection = kept;
        m_selectedNodes.removeIf([this](int r) { return r >= m_model->rowCount(); });
        if (m_current.first >= m_model->rowCount())
            m_current = {-1, -1};
        measureLabels();
        relayout();
    };
    connect(model, &BoardModel::reportChanged, this, refresh);
    connect(model, &QAbstractItemModel::modelReset, this, refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, refresh);
    measureLabels();
    relayout();
}

void BoardCanvas::measureLabels()
{
    // Once per change of nodes or font, not per paint: 256 names measured on every hover would cost a frame.
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    const QFontMetrics bfm(bold);
    const QFontMetrics fm = fontMetrics();
    int tiles = 150;
    int overview = 80;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString name = m_model->index(r, 0).data().toString();
        tiles = qMax(tiles, bfm.horizontalAdvance(name) + 28);
        overview = qMax(overview, fm.horizontalAdvance(name) + 16);
    }
    // Longer names are elided; the tooltip has them whole.
    m_tileLabelWidth = qMin(tiles, 22 * fm.averageCharWidth() + 28);
    m_overviewLabelWidth = qMin(overview, 24 * fm.averageCharWidth() + 16);
    m_overviewInfoWidth = fm.horizontalAdvance(tr("%n free", nullptr, 8))
        + fm.horizontalAdvance(QStringLiteral(" · 910B4 · rack-00 ")) + 24;
}

int BoardCanvas::freeCount(int row) const
{
    int free = 0;
    const int devices = m_model->rowCount(m_model->index(row, 0));
    for (int c = 0; c < devices; ++c)
        free += ownerAt({row, c}).isEmpty() ? 1 : 0;
    return free;
}

int BoardCanvas::logicalWidth() const
{
    return qMax(1, int(width() / m_zoom));
}

void BoardCanvas::relayout()
{
    if (m_inRelayout)
        return;
    m_inRelayout = true;
    // Twice at most: a larger minimum may widen the canvas at once, and the tiles then take the room.
    for (int pass = 0; pass < 2; ++pass) {
        const int logical = logicalWidth();
        const QFontMetrics fm = fontMetrics();
        const QList<QRect> chips = chipRects(logical);
        const int chipsHeight = chips.isEmpty() ? fm.height() + 12 : chips.last().bottom() - BoardGeometry::kMargin + 8;
        m_legendTop = BoardGeometry::kMargin + chipsHeight + 4;
        m_headerHeight = m_legendTop + fm.height() + 4 + 10;

        BoardGeometry::Input in;
        in.mode = m_geometry.mode();
        in.width = logical;
        in.top = m_headerHeight;
        in.lineHeight = fm.height();
        in.minTileWidth = fm.horizontalAdvance(QStringLiteral("00.0+00.0 GiB")) + 12;
        in.labelWidth = in.mode == Mode::Tiles ? m_tileLabelWidth : m_overviewLabelWidth;
        in.trailingWidth = in.mode == Mode::Overview ? m_overviewInfoWidth : 0;
        const project::ProjectData& doc = m_assigner->project()->data();
        for (int r = 0; r < m_model->rowCount(); ++r) {
            in.devices << m_model->rowCount(m_model->index(r, 0));
            if (m_filter.isEmpty() || (r < doc.nodes.size() && m_filter.matches(doc.nodes.at(r), freeCount(r))))
                in.rows << r;
        }
        m_geometry = BoardGeometry(in);
        const QSize needed = m_geometry.minimumSize();
        const QSize scaled(int(std::ceil(needed.width() * m_zoom)), int(std::ceil(needed.height() * m_zoom)));
        if (minimumSize() != scaled)
            setMinimumSize(scaled);
        if (logicalWidth() == logical)
            break;
    }
    m_inRelayout = false;
    update();
    emit layoutChanged();
}

void BoardCanvas::setZoom(double zoom)
{
    zoom = qBound(kMinZoom, zoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    relayout();
}

double BoardCanvas::fitZoom(const QSize& viewport) const
{
    const QSize needed = m_geometry.minimumSize();
    if (needed.isEmpty())
        return 1.0;
    return qBound(kMinZoom,
                  qMin(double(viewport.width()) / needed.width(), double(viewport.height()) / needed.height()), 1.0);
}

void BoardCanvas::setMode(Mode mode)
{
    if (mode == m_geometry.mode())
        return;
    BoardGeometry::Input in;
    in.mode = mode;
    m_geometry = BoardGeometry(in);
    relayout();
}

void BoardCanvas::setFilter(const QString& text)
{
    m_filter = NodeFilter(text);
    relayout();
}

void BoardCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void BoardCanvas::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        measureLabels();
        relayout();
    }
    QWidget::changeEvent(event);
}

void BoardCanvas::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier))
        return event->ignore(); // the scroll area scrolls
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        emit zoomRequested(std::pow(1.25, steps), event->position().toPoint());
    event->accept();
}

QPoint BoardCanvas::toBoard(const QPoint& widgetPos) const
{
    return QPoint(int(std::floor(widgetPos.x() / m_zoom)), int(std::floor(widgetPos.y() / m_zoom)));
}

QRect BoardCanvas::toWidget(const QRect& boardRect) const
{
    if (boardRect.isNull())
        return {};
    const QRectF r(boardRect.x() * m_zoom, boardRect.y() * m_zoom, boardRect.width() * m_zoom,
                   boardRect.height() * m_zoom);
    return r.toAlignedRect();
}

QSize BoardCanvas::sizeHint() const
{
    return minimumSize().expandedTo(QSize(640, 480));
}

QSize BoardCanvas::minimumSizeHint() const
{
    return minimumSize();
}

QRect BoardCanvas::nodeLabelRect(int nodeRow) const
{
    return toWidget(m_geometry.labelRect(nodeRow));
}

QRect BoardCanvas::tileRect(const Cell& cell) const
{
    return toWidget(m_geometry.tileRect(cell.first, cell.second));
}

BoardCanvas::Cell BoardCanvas::cellAt(const QPoint& pos) const
{
    return m_geometry.cellAt(toBoard(pos));
}

int BoardCanvas::nodeLabelAt(const QPoint& pos) const
{
    return m_geometry.labelAt(toBoard(pos));
}

QString BoardCanvas::ownerAt(const Cell& cell) const
{
    return m_model->index(cell.second, 0, m_model->index(cell.first, 0)).data(BoardModel::OwnerRole).toString();
}

QList<BoardCanvas::Cell> BoardCanvas::selectedCells() const
{
    QList<Cell> cells(m_selection.cbegin(), m_selection.cend());
    std::sort(cells.begin(), cells.end());
    return cells;
}

void BoardCanvas::setSelectedCells(const QList<Cell>& cells)
{
    m_selection = QSet<Cell>(cells.cbegin(), cells.cend());
    m_selectedNodes.clear();
    update();
}

void BoardCanvas::setSelectedNodes(const QList<int>& rows)
{
    m_selectedNodes = QSet<int>(rows.cbegin(), rows.cend());
    m_selection.clear();
    for (int r : rows) {
        for (int c = 0; c < m_model->rowCount(m_model->index(r, 0)); ++c)
            m_selection.insert({r, c});
    }
    update();
}

void BoardCanvas::setCurrentCell(const Cell& cell)
{
    m_current = cell;
    update();
}

DropTarget BoardCanvas::targetOfCells(const QList<Cell>& cells) const
{
    DropTarget t;
    for (const Cell& c : cells) {
        const QModelIndex i = m_model->index(c.second, 0, m_model->index(c.first, 0));
        const QString node = i.data(BoardModel::NodeRole).toString();
        const int device = i.data(BoardModel::DeviceRole).toInt();
        auto it = std::find_if(t.devices.begin(), t.devices.end(),
                               [&](const project::Placement& p) { return p.node == node; });
        if (it == t.devices.end())
            t.devices << project::Placement {node, {device}};
        else
            it->devices << device;
    }
    return t;
}

DropTarget BoardCanvas::selectionTarget() const
{
    if (!m_selectedNodes.isEmpty()) {
        QList<int> rows(m_selectedNodes.cbegin(), m_selectedNodes.cend());
        std::sort(rows.begin(), rows.end());
        QStringList nodes;
        for (int r : rows)
            nodes << m_model->index(r, 0).data().toString();
        return DropTarget::wholeNodes(nodes);
    }
    if (!m_selection.isEmpty())
        return targetOfCells(selectedCells());
    if (m_current.first >= 0)
        return targetOfCells({m_current});
    return {};
}

DropTarget BoardCanvas::targetAt(const QPoint& pos) const
{
    const int label = nodeLabelAt(pos);
    if (label >= 0) {
        if (m_selectedNodes.contains(label) && m_selectedNodes.size() > 1)
            return selectionTarget();
        return DropTarget::wholeNodes({m_model->index(label, 0).data().toString()});
    }
    const Cell cell = cellAt(pos);
    if (cell.first < 0)
        return {};
    if (m_selection.contains(cell) && m_selection.size() > 1)
        return m_selectedNodes.isEmpty() ? targetOfCells(selectedCells()) : selectionTarget();
    return targetOfCells({cell});
}

QList<BoardCanvas::Cell> BoardCanvas::cellsOf(const QList<project::Placement>& placement) const
{
    QList<Cell> cells;
    for (const project::Placement& p : placement) {
        for (int d : p.devices) {
            const QModelIndex i = m_model->npuIndex(p.node, d);
            if (i.isValid())
                cells << Cell {i.parent().row(), i.row()};
        }
    }
    return cells;
}

QList<BoardCanvas::Cell> BoardCanvas::cellsOfNodes(const QStringList& nodes) const
{
    QList<Cell> cells;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (!nodes.contains(m_model->index(r, 0).data().toString()))
            continue;
        for (int c = 0; c < m_model->rowCount(m_model->index(r, 0)); ++c)
            cells << Cell {r, c};
    }
    return cells;
}

planning::PlacementChoice
BoardCanvas::previewDrop(const QMimeData* mime, Qt::DropAction action, const DropTarget& target) const
{
    const QStringList models = ModelRefMime::decodeModels(mime);
    if (!models.isEmpty())
        return m_assigner->previewModel(models.first(), target);
    const QString deployment = ModelRefMime::decodeDeployment(mime);
    if (action == Qt::CopyAction && !target.devices.isEmpty()) {
        const project::ProjectData& doc = m_assigner->project()->data();
        QList<project::Placement> grown = doc.deployments.value(doc.deploymentIndex(deployment)).placement;
        grown << target.devices;
        return m_assigner->previewResize(deployment, grown);
    }
    return m_assigner->previewMove(deployment, target);
}

void BoardCanvas::clearHighlight()
{
    m_highlight.clear();
    m_highlightNodes.clear();
    m_highlightReason.clear();
    update();
}

void BoardCanvas::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (mime && (mime->hasFormat(ModelRefMime::modelType()) || mime->hasFormat(ModelRefMime::deploymentType())))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BoardCanvas::dragMoveEvent(QDragMoveEvent* event)
{
    const QPoint pos = event->position().toPoint();
    const DropTarget target = targetAt(pos);
    m_highlight.clear();
    m_highlightNodes.clear();
    if (target.isEmpty()) {
        clearHighlight();
        event->ignore();
        return;
    }
    const planning::PlacementChoice c = previewDrop(event->mimeData(), event->dropAction(), target);
    m_highlightFit = c.fit;
    m_highlightReason = c.reason;
    QList<Cell> cells = cellsOf(c.placement);
    if (cells.isEmpty())
        cells = target.nodes.isEmpty() ? cellsOf(target.devices) : cellsOfNodes(target.nodes);
    m_highlight = QSet<Cell>(cells.cbegin(), cells.cend());
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (target.nodes.contains(m_model->index(r, 0).data().toString()))
            m_highlightNodes.insert(r);
    }
    emit statusMessage(c.reason);
    update();
    if (c.fit == planning::Fit::NoFit)
        event->ignore();
    else
        event->acceptProposedAction();
}

void BoardCanvas::dragLeaveEvent(QDragLeaveEvent*)
{
    clearHighlight();
}

void BoardCanvas::dropEvent(QDropEvent* event)
{
    const DropTarget target = targetAt(event->position().toPoint());
    clearHighlight();
    if (target.isEmpty())
        return event->ignore();
    const QMimeData* mime = event->mimeData();
    QString why;
    bool done = false;
    const QStringList models = ModelRefMime::decodeModels(mime);
    const QString deployment = ModelRefMime::decodeDeployment(mime);
    const int before = int(m_assigner->project()->data().deployments.size());
    if (!models.isEmpty())
        done = m_assigner->assignModel(models.first(), target, &why);
    else if (!deployment.isEmpty() && event->dropAction() == Qt::CopyAction && !target.devices.isEmpty())
        done = m_assigner->extendDeployment(deployment, target, &why);
    else if (!deployment.isEmpty())
        done = m_assigner->moveDeployment(deployment, target, &why);
    if (!done) {
        emit statusMessage(why);
        return event->ignore();
    }
    event->acceptProposedAction();
    // A drop creates the deployment at once, as the preview showed; its engine, port and options are a
    // double-click away (the wizard is for choosing all of that first: Deployment > New Deployment…).
    const QList<project::Deployment>& now = m_assigner->project()->data().deployments;
    emit statusMessage(now.size() > before ? tr("Added %1. Double-click its tiles to change its engine, image, port "
                                                "and serving options.")
                                                 .arg(now.last().name)
                                           : QString());
}

void BoardCanvas::startDeploymentDrag(const QString& deployment)
{
    auto* drag = new QDrag(this);
    drag->setMimeData(ModelRefMime::encodeDeployment(deployment));
    drag->exec(Qt::MoveAction | Qt::CopyAction, Qt::MoveAction);
}

void BoardCanvas::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    m_pressDeployment.clear();
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    if (const int chip = chipAt(pos); chip >= 0) {
        m_pressDeployment = m_assigner->project()->data().deployments.at(chip).name;
        return;
    }
    if (const int label = nodeLabelAt(pos); label >= 0) {
        QList<int> rows = toggle ? QList<int>(m_selectedNodes.cbegin(), m_selectedNodes.cend()) : QList<int> {};
        if (rows.contains(label))
            rows.removeAll(label);
        else
            rows << label;
        setSelectedNodes(rows);
        return;
    }
    const Cell cell = cellAt(pos);
    if (cell.first < 0) {
        if (!toggle)
            setSelectedCells({});
        m_rubberOrigin = pos;
        if (!m_rubberBand)
            m_rubberBand = new QRubberBand(QRubberBand::Rectangle, this);
        m_rubberBand->setGeometry(QRect(pos, QSize()));
        m_rubberBand->show();
        return;
    }
    m_current = cell;
    if (extend && m_anchor.first == cell.first) {
        QList<Cell> cells = toggle ? selectedCells() : QList<Cell> {};
        for (int c = qMin(m_anchor.second, cell.second); c <= qMax(m_anchor.second, cell.second); ++c)
            cells << Cell {cell.first, c};
        setSelectedCells(cells);
    } else if (toggle) {
        QList<Cell> cells = selectedCells();
        if (cells.contains(cell))
            cells.removeAll(cell);
        else
            cells << cell;
        setSelectedCells(cells);
        m_anchor = cell;
    } else {
        if (!m_selection.contains(cell))
            setSelectedCells({cell});
        m_anchor = cell;
        m_pressDeployment = ownerAt(cell);
    }
    update();
}

void BoardCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_rubberBand && m_rubberBand->isVisible()) {
        const QRect band = QRect(m_rubberOrigin, pos).normalized();
        m_rubberBand->setGeometry(band);
        QList<Cell> cells;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            for (int c = 0; c < m_model->rowCount(m_model->index(r, 0)); ++c) {
                if (band.intersects(tileRect({r, c})))
                    cells << Cell {r, c};
            }
        }
        setSelectedCells(cells);
        return;
    }
    if ((event->buttons() & Qt::LeftButton) && !m_pressDeployment.isEmpty()
        && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        const QString deployment = m_pressDeployment;
        m_pressDeployment.clear();
        startDeploymentDrag(deployment);
    }
}

void BoardCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    QString owner;
    if (const int chip = chipAt(pos); chip >= 0)
        owner = m_assigner->project()->data().deployments.at(chip).name;
    else if (const Cell cell = cellAt(pos); cell.first >= 0)
        owner = ownerAt(cell);
    if (owner.isEmpty())
        return QWidget::mouseDoubleClickEvent(event);
    emit propertiesRequested(owner);
}

void BoardCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_rubberBand && m_rubberBand->isVisible())
        m_rubberBand->hide();
    m_pressDeployment.clear();
    QWidget::mouseReleaseEvent(event);
}

bool BoardCanvas::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const Cell cell = cellAt(help->pos());
        if (cell.first >= 0)
            QToolTip::showText(
                help->globalPos(),
                m_model->index(cell.second, 0, m_model->index(cell.first, 0)).data(Qt::ToolTipRole).toString(), this,
                tileRect(cell));
        else if (const int label = nodeLabelAt(help->pos()); label >= 0)
            QToolTip::showText(help->globalPos(),
                               tr("%1\nDrop a model here: free NPUs of this node are chosen")
                                   .arg(m_model->index(label, 0).data(Qt::ToolTipRole).toString()),
                               this, nodeLabelRect(label));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace npufleet::ui
