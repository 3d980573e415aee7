// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// BoardCanvas: painting. Tiles take the owning deployment's colour: solid for weights, light for
// the KV cache, grey for overhead, empty for free HBM; a badge marks conflicts.
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

#include "core/deployment/Rules.h"
#include "core/planning/Units.h"
#include "core/project/Project.h"

#include "ui/assign/BoardCanvas.h"
#include "ui/assign/BoardColors.h"
#include "ui/assign/BoardModel.h"
#include "ui/assign/TileMemory.h"

namespace npufleet::ui {

using namespace board;

namespace {
QString layoutText(const project::Layout& l)
{
    QString text = QStringLiteral("TP%1").arg(l.tp);
    if (l.pp > 1)
        text += QStringLiteral(" PP%1").arg(l.pp);
    if (l.dp > 1)
        text += QStringLiteral(" DP%1").arg(l.dp);
    return text;
}

QString placementText(const project::Deployment& d)
{
    QStringList parts;
    for (const project::Placement& p : d.placement) {
        QList<int> devs = p.devices;
        std::sort(devs.begin(), devs.end());
        const bool run = !devs.isEmpty() && devs.last() - devs.first() == devs.size() - 1;
        QStringList ids;
        for (int x : devs)
            ids << QString::number(x);
        parts << QStringLiteral("%1:%2").arg(p.node,
                                             run && devs.size() > 2
                                                 ? QStringLiteral("%1-%2").arg(devs.first()).arg(devs.last())
                                                 : ids.join(QLatin1Char(',')));
    }
    return parts.join(QStringLiteral(" "));
}
} // namespace

QString BoardCanvas::chipText(int deployment) const
{
    const project::Deployment& d = m_assigner->project()->data().deployments.at(deployment);
    return d.placedDevices() == 0 ? tr("%1 · not placed").arg(d.name)
                                  : tr("%1 · %2 · %3").arg(d.name, layoutText(d.layout), placementText(d));
}

QList<QRect> BoardCanvas::chipRects(int availableWidth) const
{
    // Chips flow left to right and wrap, after the "Deployments:" caption.
    const QFontMetrics fm = fontMetrics();
    const int margin = 12;
    const int h = fm.height() + 8;
    const int left = margin + fm.horizontalAdvance(tr("Deployments:")) + 10;
    QList<QRect> rects;
    int x = left;
    int y = margin;
    for (int i = 0; i < m_assigner->project()->data().deployments.size(); ++i) {
        const int w = qMin(fm.horizontalAdvance(chipText(i)) + 30, availableWidth - left - margin);
        if (x > left && x + w > availableWidth - margin) {
            x = left;
            y += h + 6;
        }
        rects << QRect(x, y, w, h);
        x += w + 8;
    }
    return rects;
}

QRect BoardCanvas::chipRect(int deployment) const
{
    return toWidget(chipRects(logicalWidth()).value(deployment));
}

int BoardCanvas::chipAt(const QPoint& pos) const
{
    if (toBoard(pos).y() >= m_headerHeight)
        return -1;
    const QList<QRect> rects = chipRects(logicalWidth());
    for (int i = 0; i < rects.size(); ++i) {
        if (rects.at(i).contains(toBoard(pos)))
            return i;
    }
    return -1;
}

void BoardCanvas::paintChips(QPainter& p) const
{
    const QFontMetrics fm = fontMetrics();
    const project::ProjectData& doc = m_assigner->project()->data();
    const QList<QRect> rects = chipRects(logicalWidth());
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRect(BoardGeometry::kMargin, BoardGeometry::kMargin, logicalWidth(), fontMetrics().height() + 8),
               Qt::AlignVCenter,
               doc.deployments.isEmpty() ? tr("Deployments: none yet. Drag a model from the library onto NPUs.")
                                         : tr("Deployments:"));
    for (int i = 0; i < doc.deployments.size(); ++i) {
        const project::Deployment& d = doc.deployments.at(i);
        const QRect r = rects.value(i);
        const QColor c = BoardModel::deploymentColor(i);
        const bool placed = d.placedDevices() > 0;
        QColor fill = c;
        fill.setAlpha(placed ? 34 : 12);
        p.setPen(QPen(c, 1.2, placed ? Qt::SolidLine : Qt::DashLine));
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), r.height() / 2.0, r.height() / 2.0);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(QPointF(r.left() + 12, r.center().y() + 0.5), 4.5, 4.5);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(r.adjusted(22, 0, -6, 0), Qt::AlignVCenter,
                   fm.elidedText(chipText(i), Qt::ElideRight, r.width() - 28));
    }
}

void BoardCanvas::paintLegend(QPainter& p) const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p.setFont(small);
    const QFontMetrics fm(small);
    const int y = m_legendTop;
    const int legendHeight = fontMetrics().height() + 4;
    const QColor sample = BoardModel::deploymentColor(0);
    QColor light = sample;
    light.setAlpha(110);
    struct Item
    {
        QColor color;
        QString text;
    };
    const QList<Item> items {{kHeld, tr("other processes")}, {sample, tr("weights")},    {light, tr("KV cache")},
                             {kOverhead, tr("overhead")},    {kFreeBar, tr("free HBM")}, {kError, tr("conflict")},
                             {kWarning, tr("warning")}};
    int x = m_geometry.mode() == Mode::Tiles ? m_geometry.tilesLeft() : BoardGeometry::kMargin;
    for (const Item& item : items) {
        p.setPen(Qt::NoPen);
        p.setBrush(item.color);
        const QRect box(x, y + (legendHeight - 10) / 2, 10, 10);
        if (item.color == kError || item.color == kWarning)
            p.drawEllipse(box);
        else
            p.drawRoundedRect(box, 2, 2);
        x += 14;
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(x, y, fm.horizontalAdvance(item.text) + 2, legendHeight), Qt::AlignVCenter, item.text);
        x += fm.horizontalAdvance(item.text) + 16;
    }
    p.setFont(font());
}

void BoardCanvas::paintNodeLabel(QPainter& p, int nodeRow) const
{
    const QRect r = m_geometry.labelRect(nodeRow);
    const project::ProjectData& doc = m_assigner->project()->data();
    const cluster::Node& node = doc.nodes.at(nodeRow);
    const bool selected = m_selectedNodes.contains(nodeRow);
    const bool lit = m_highlightNodes.contains(nodeRow);
    if (selected || lit) {
        QColor bg = lit ? fitColor(m_highlightFit) : palette().color(QPalette::Highlight);
        bg.setAlpha(lit ? 40 : 30);
        p.setPen(Qt::NoPen);
        p.setBrush(bg);
        p.drawRoundedRect(r, 6, 6);
    }
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    const QFontMetrics bfm(bold);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(r.left() + 8, r.top() + 6, r.width() - 12, bfm.height()), Qt::AlignLeft,
               bfm.elidedText(node.name, Qt::ElideMiddle, r.width() - 12));
    if (node.role == cluster::NodeRole::Head) {
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        const QFontMetrics sfm(small);
        const QString head = tr("head");
        const QRect badge(r.left() + 8 + bfm.horizontalAdvance(node.name) + 6,
                          r.top() + 6 + (bfm.height() - sfm.height() - 2) / 2, sfm.horizontalAdvance(head) + 10,
                          sfm.height() + 2);
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Mid));
        p.drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        p.setFont(small);
        p.setPen(palette().color(QPalette::Base));
        p.drawText(badge, Qt::AlignCenter, head);
    }
    p.setFont(font());
    const QFontMetrics fm = fontMetrics();
    const int devices = m_model->rowCount(m_model->index(nodeRow, 0));
    const int free = freeCount(nodeRow);
    const QString chip = node.hardware.chip.isEmpty() ? tr("NPU") : node.hardware.chip;
    const QStringList lines {
        node.host, tr("%1 × %2 · %3 GiB").arg(devices).arg(chip).arg(node.hardware.memoryMibPerAccelerator / 1024),
        tr("%n free", nullptr, free)};
    p.setPen(palette().color(QPalette::PlaceholderText));
    int y = r.top() + 8 + bfm.height();
    for (const QString& line : lines) {
        p.drawText(QRect(r.left() + 8, y, r.width() - 12, fm.height()), Qt::AlignLeft,
                   fm.elidedText(line, Qt::ElideRight, r.width() - 12));
        y += fm.height();
    }
}

void BoardCanvas::paintTile(QPainter& p, const Cell& cell) const
{
    const QRectF r = QRectF(m_geometry.tileRect(cell.first, cell.second)).adjusted(0.5, 0.5, -0.5, -0.5);
    const QModelIndex i = m_model->index(cell.second, 0, m_model->index(cell.first, 0));
    const QString owner = i.data(BoardModel::OwnerRole).toString();
    const QColor color = i.data(BoardModel::OwnerColorRole).value<QColor>();
    const QFontMetrics fm = fontMetrics();

    QColor fill = owner.isEmpty() ? palette().color(QPalette::Base) : color;
    if (!owner.isEmpty())
        fill.setAlpha(26);
    p.setPen(owner.isEmpty() ? QPen(palette().color(QPalette::Mid), 1.0, Qt::DashLine) : QPen(color, 1.6));
    p.setBrush(owner.isEmpty() ? palette().color(QPalette::Base) : fill);
    p.drawRoundedRect(r, 7, 7);
    if (!owner.isEmpty()) { // a colour band on the left edge, as a tab
        QPainterPath band;
        band.addRoundedRect(QRectF(r.left(), r.top(), 6, r.height()), 3, 3);
        p.fillPath(band, color);
    }

    QFont bold = font();
    bold.setBold(true);
    const QRectF text = r.adjusted(12, 6, -8, -6);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(text.left(), text.top(), text.width(), fm.height()), Qt::AlignLeft,
               tr("NPU %1").arg(i.data(BoardModel::DeviceRole).toInt()));
    p.setFont(font());
    p.setPen(owner.isEmpty() ? palette().color(QPalette::PlaceholderText) : color.darker(125));
    p.drawText(QRectF(text.left(), text.top() + fm.height(), text.width(), fm.height()), Qt::AlignLeft,
               fm.elidedText(owner.isEmpty() ? tr("free") : owner, Qt::ElideRight, int(text.width())));

    // HBM bar: other processes / weights / KV / overhead / free.
    const TileMemory memory = TileMemory::of(i);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QRectF bar(text.left(), text.bottom() - fm.height() - 14, text.width(), 10);
    memory.paintBar(p, bar, color);
    const QStringList candidates = memory.figures(); // longest first: the first that fits the tile is shown
    const QFontMetrics sfm(small);
    QString figures = candidates.last();
    for (const QString& c : std::as_const(candidates)) {
        if (sfm.horizontalAdvance(c) <= text.width()) {
            figures = c;
            break;
        }
    }
    p.setFont(small);
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(text.left(), bar.bottom() + 3, text.width(), fm.height()), Qt::AlignLeft,
               QFontMetrics(small).elidedText(figures, Qt::ElideRight, int(text.width())));
    p.setFont(font());

    // Conflict badge.
    const int severity = i.data(BoardModel::SeverityRole).toInt();
    if (severity >= 0) {
        const QColor badge = severity == int(deployment::Severity::Error) ? kError : kWarning;
        const QRectF b(r.right() - 20, r.top() + 5, 15, 15);
        p.setPen(Qt::NoPen);
        p.setBrush(badge);
        p.drawEllipse(b);
        p.setPen(Qt::white);
        p.setFont(bold);
        p.drawText(b, Qt::AlignCenter, QStringLiteral("!"));
        p.setFont(font());
    }

    if (m_selection.contains(cell)) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(palette().color(QPalette::Highlight), 2.4));
        p.drawRoundedRect(r.adjusted(-2.5, -2.5, 2.5, 2.5), 9, 9);
    }
    if (m_current == cell && hasFocus()) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DotLine));
        p.drawRoundedRect(r.adjusted(3, 3, -3, -3), 5, 5);
    }
    if (m_highlight.contains(cell)) {
        QColor glow = fitColor(m_highlightFit);
        QColor wash = glow;
        wash.setAlpha(70);
        p.setBrush(wash);
        p.setPen(QPen(glow, 3));
        p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 7, 7);
    }
}

void BoardCanvas::paintDropHint(QPainter& p) const
{
    // The planner's answer next to the lit tiles.
    QRect anchor;
    for (const Cell& c : std::as_const(m_highlight))
        anchor = anchor.isNull() ? m_geometry.tileRect(c.first, c.second)
                                 : anchor.united(m_geometry.tileRect(c.first, c.second));
    const QFontMetrics fm = fontMetrics();
    const int w = qMin(logicalWidth() - 24, fm.horizontalAdvance(m_highlightReason) + 28);
    QRect box(anchor.left(), anchor.bottom() + 4, w, fm.height() + 8);
    if (box.right() > logicalWidth() - 8)
        box.moveRight(logicalWidth() - 8);
    if (box.bottom() > int(height() / m_zoom) - 2) // no room under the last row: above the lit tiles
        box.moveBottom(anchor.top() - 4);
    const QColor c = fitColor(m_highlightFit);
    p.setPen(c);
    p.setBrush(palette().color(QPalette::ToolTipBase));
    p.drawRoundedRect(box, 4, 4);
    p.setPen(palette().color(QPalette::ToolTipText));
    p.drawText(box.adjusted(10, 0, -10, 0), Qt::AlignVCenter,
               fm.elidedText(m_highlightReason, Qt::ElideRight, box.width() - 20));
}

void BoardCanvas::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(event->rect(), palette().color(QPalette::Window));
    p.scale(m_zoom, m_zoom);
    // Only what was exposed: on a board of 256 nodes that is a screenful of rows.
    const QRect exposed(toBoard(event->rect().topLeft()), toBoard(event->rect().bottomRight() + QPoint(1, 1)));
    if (exposed.top() < m_headerHeight) {
        paintChips(p);
        paintLegend(p);
    }
    if (m_model->rowCount() == 0 || m_geometry.shownCount() == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(0, m_headerHeight, logicalWidth(), 3 * fontMetrics().height()), Qt::AlignCenter,
                   m_model->rowCount() == 0 ? tr("No nodes yet: add nodes to the cluster first")
                                            : tr("No node matches the filter"));
        return;
    }
    const auto [first, last] = m_geometry.displayRange(exposed.top(), exposed.bottom() + 1);
    for (int i = first; i <= last; ++i) {
        const int r = m_geometry.rowAt(i);
        if (m_geometry.mode() == Mode::Overview) {
            paintOverviewRow(p, r);
            continue;
        }
        paintNodeLabel(p, r);
        for (int c = 0; c < m_model->rowCount(m_model->index(r, 0)); ++c)
            paintTile(p, {r, c});
    }
    if (!m_highlightReason.isEmpty() && !m_highlight.isEmpty())
        paintDropHint(p);
}

} // namespace npufleet::ui
