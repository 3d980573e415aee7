// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPair>
#include <QPoint>
#include <QSet>
#include <QWidget>

#include "core/planning/PlacementEvaluator.h"

#include "ui/assign/Assigner.h"

class QMenu;
class QMimeData;
class QRubberBand;

namespace npufleet::ui {

class BoardModel;

// The painted board: a row per node, a tile per NPU. Drop target for model refs and deployment
// refs, drag source for a deployment's tiles, rubber-band and keyboard selection, context menus.
class BoardCanvas : public QWidget
{
    Q_OBJECT
public:
    using Cell = QPair<int, int>; // node row, device row

    BoardCanvas(BoardModel* model, Assigner* assigner, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Geometry, for tests and for the drag code.
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

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Metrics
    {
        int margin = 12;
        int chipsHeight = 0;
        int legendHeight = 0;
        int labelWidth = 0;
        int tileWidth = 0;
        int tileHeight = 0;
        int gap = 8;
        int rowGap = 14;
    };
    Metrics metrics() const;
    int maxDevices() const;
    DropTarget targetAt(const QPoint& pos) const;
    DropTarget targetOfCells(const QList<Cell>& cells) const;
    QList<Cell> cellsOf(const QList<project::Placement>& placement) const;
    QList<Cell> cellsOfNodes(const QStringList& nodes) const;
    planning::PlacementChoice previewDrop(const QMimeData* mime, Qt::DropAction action, const DropTarget& target) const;
    void clearHighlight();
    void startDeploymentDrag(const QString& deployment);
    void paintTile(QPainter& p, const Cell& cell) const;
    void paintNodeLabel(QPainter& p, int nodeRow) const;
    void paintChips(QPainter& p) const;
    QString chipText(int deployment) const;
    QList<QRect> chipRects(int availableWidth) const;
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
};

} // namespace npufleet::ui
