// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPair>
#include <QPoint>
#include <QSet>
#include <QWidget>

#include "core/planning/PlacementEvaluator.h"

#include "ui/assign/Assigner.h"
#include "ui/assign/BoardGeometry.h"
#include "ui/assign/NodeFilter.h"

class QMenu;
class QMimeData;
class QRubberBand;

namespace npufleet::ui {

class BoardModel;

// The painted board: a row per node, a tile per NPU (or, in the overview, a line per node and a small cell
// per NPU), zoomable, with a filter on the nodes. Drop target for model refs and deployment refs, drag
// source for a deployment's tiles, rubber-band and keyboard selection, context menus. It sizes itself for
// its scroll area and asks it to show the current tile; it paints only the rows in view.
class BoardCanvas : public QWidget
{
    Q_OBJECT
public:
    using Cell = QPair<int, int>; // node row, device row
    using Mode = BoardGeometry::Mode;
    static constexpr double kMinZoom = 0.3;
    static constexpr double kMaxZoom = 2.5;

    BoardCanvas(BoardModel* model, Assigner* assigner, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    double zoom() const { return m_zoom; }
    void setZoom(double zoom); // clamped to [kMinZoom, kMaxZoom]
    // The zoom at which the shown rows fit in a viewport of this size (clamped).
    double fitZoom(const QSize& viewport) const;
    Mode mode() const { return m_geometry.mode(); }
    void setMode(Mode mode);
    void setFilter(const QString& text);
    int shownNodeCount() const { return m_geometry.shownCount(); }
    bool isNodeShown(int row) const { return m_geometry.displayIndex(row) >= 0; }

    // Geometry in widget coordinates (zoom applied), for tests, the scroll area and the drag code.
    QRect tileRect(const Cell& cell) const;
    QRect nodeLabelRect(int nodeRow) const;
    QRect chipRect(int deployment) const;
    Cell cellAt(const QPoint& pos) const; // {-1, -1} when none
    int nodeLabelAt(const QPoint& pos) const;
    int chipAt(const QPoint& pos) const;

    // Selection: tiles, and node labels standing for whole nodes.
    QList<Cell> selectedCells() const;
    void setSelectedCells(const QList<Cell>& cells);
    void setSelectedNodes(const QList<int>& rows);
    Cell currentCell() const { return m_current; }
    void setCurrentCell(const Cell& cell);
    // Where "Assign to…" lands: the selected nodes, else the selected tiles, else the current tile.
    DropTarget selectionTarget() const;

    // What the last drag hover showed.
    planning::Fit highlightFit() const { return m_highlightFit; }
    QList<Cell> highlightedCells() const { return QList<Cell>(m_highlight.cbegin(), m_highlight.cend()); }
    QString highlightReason() const { return m_highlightReason; }

    QMenu* buildContextMenu(QWidget* parent);

    // Public so that tests can drive them with constructed events when QDrag cannot run.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

signals:
    void statusMessage(const QString& text);
    void autoPlaceRequested();
    // Double-click on a deployment's tile or chip, or "Properties…" in the menu.
    void propertiesRequested(const QString& deployment);
    // "New Deployment Here…": the wizard, with the selection as its target.
    void wizardRequested(const npufleet::ui::DropTarget& target);
    // The current tile moved (keyboard): the scroll area should show this rectangle.
    void showRequested(const QRect& rect);
    // Ctrl+wheel: zoom by factor, keeping the point under the mouse where it is.
    void zoomRequested(double factor, const QPoint& anchor);
    void layoutChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void relayout();
    void measureLabels();
    int freeCount(int row) const;
    QPoint toBoard(const QPoint& widgetPos) const;
    QRect toWidget(const QRect& boardRect) const;
    int logicalWidth() const;
    void moveCurrent(const Cell& next, Qt::KeyboardModifiers modifiers);
    DropTarget targetAt(const QPoint& pos) const;
    DropTarget targetOfCells(const QList<Cell>& cells) const;
    QList<Cell> cellsOf(const QList<project::Placement>& placement) const;
    QList<Cell> cellsOfNodes(const QStringList& nodes) const;
    planning::PlacementChoice previewDrop(const QMimeData* mime, Qt::DropAction action, const DropTarget& target) const;
    void clearHighlight();
    void startDeploymentDrag(const QString& deployment);
    void paintTile(QPainter& p, const Cell& cell) const;
    void paintNodeLabel(QPainter& p, int nodeRow) const;
    void paintOverviewRow(QPainter& p, int nodeRow) const;
    void paintDropHint(QPainter& p) const;
    void paintChips(QPainter& p) const;
    QString chipText(int deployment) const;
    QList<QRect> chipRects(int availableWidth) const; // board units
    void paintLegend(QPainter& p) const;
    QString ownerAt(const Cell& cell) const;
    void removeSelectionFromDeployments();

    BoardModel* m_model;
    Assigner* m_assigner;
    QSet<Cell> m_selection;
    QSet<int> m_selectedNodes;
    Cell m_current {-1, -1};
    Cell m_anchor {-1, -1};
    QSet<Cell> m_highlight;
    QSet<int> m_highlightNodes;
    planning::Fit m_highlightFit = planning::Fit::NoFit;
    QString m_highlightReason;
    QPoint m_pressPos;
    QString m_pressDeployment; // a press on an owned tile or a chip may become a drag
    QRubberBand* m_rubberBand = nullptr;
    QPoint m_rubberOrigin;
    BoardGeometry m_geometry;
    NodeFilter m_filter;
    double m_zoom = 1.0;
    int m_headerHeight = 0; // chips and legend, board units
    int m_legendTop = 0;
    int m_tileLabelWidth = 150; // widest node name, tiles mode
    int m_overviewLabelWidth = 120;
    int m_overviewInfoWidth = 200;
    bool m_inRelayout = false;
};

} // namespace npufleet::ui
