// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// BoardCanvas: the overview of large clusters, a line per node. A cell per NPU takes its deployment's
// colour; a free NPU is shaded by the memory the last inventory found free on it (light: free, grey: used
// by something outside the project), dashed when no inventory has run.
#include <QPainter>

#include "core/project/Project.h"

#include "ui/assign/BoardCanvas.h"
#include "ui/assign/BoardColors.h"
#include "ui/assign/BoardModel.h"

namespace npufleet::ui {

using namespace board;

namespace {

const QColor kFreeCell(0xd6, 0xee, 0xdb);
const QColor kUsedCell(0x9a, 0xa1, 0xab);

// The live used fraction of a node's NPU device, or -1 when no inventory says.
double liveUsed(const cluster::Node& node, int device)
{
    for (const cluster::Accelerator& a : node.live.accelerators) {
        if (a.index == device && a.hbmTotalMib.value_or(0) > 0)
            return double(a.hbmUsedMib.value_or(0)) / double(*a.hbmTotalMib);
    }
    return -1;
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

void BoardCanvas::paintOverviewRow(QPainter& p, int nodeRow) const
{
    const project::ProjectData& doc = m_assigner->project()->data();
    if (nodeRow >= doc.nodes.size())
        return;
    const cluster::Node& node = doc.nodes.at(nodeRow);
    const QRect label = m_geometry.labelRect(nodeRow);
    const QFontMetrics fm = fontMetrics();
    if (m_selectedNodes.contains(nodeRow) || m_highlightNodes.contains(nodeRow)) {
        const bool lit = m_highlightNodes.contains(nodeRow);
        QColor bg = lit ? fitColor(m_highlightFit) : palette().color(QPalette::Highlight);
        bg.setAlpha(lit ? 50 : 40);
        p.fillRect(m_geometry.rowRect(nodeRow).adjusted(-4, -2, 4, 2), bg);
    }
    QFont nameFont = font();
    nameFont.setBold(node.role == cluster::NodeRole::Head);
    p.setFont(nameFont);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(label, Qt::AlignVCenter | Qt::AlignLeft,
               QFontMetrics(nameFont).elidedText(node.name, Qt::ElideMiddle, label.width()));
    p.setFont(font());

    const int devices = m_model->rowCount(m_model->index(nodeRow, 0));
    QRect last;
    for (int c = 0; c < devices; ++c) {
        const QRectF r = QRectF(m_geometry.tileRect(nodeRow, c)).adjusted(0.5, 0.5, -0.5, -0.5);
        last = m_geometry.tileRect(nodeRow, c);
        const QModelIndex i = m_model->index(c, 0, m_model->index(nodeRow, 0));
        const QString owner = i.data(BoardModel::OwnerRole).toString();
        if (!owner.isEmpty()) {
            p.setPen(Qt::NoPen);
            p.setBrush(i.data(BoardModel::OwnerColorRole).value<QColor>());
        } else {
            const double used = liveUsed(node, i.data(BoardModel::DeviceRole).toInt());
            p.setPen(used < 0 ? QPen(palette().color(QPalette::Mid), 1, Qt::DashLine) : Qt::NoPen);
            p.setBrush(used < 0 ? palette().color(QPalette::Base) : mix(kFreeCell, kUsedCell, qBound(0.0, used, 1.0)));
        }
        p.drawRoundedRect(r, 2, 2);
        const int severity = i.data(BoardModel::SeverityRole).toInt();
        if (severity >= 0) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(severity == int(deployment::Severity::Error) ? kError : kWarning, 2));
            p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 2, 2);
        }
        if (m_selection.contains({nodeRow, c})) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.drawRoundedRect(r.adjusted(-2, -2, 2, 2), 3, 3);
        }
        if (m_current == Cell {nodeRow, c} && hasFocus()) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DotLine));
            p.drawRect(r.adjusted(-3, -3, 3, 3));
        }
        if (m_highlight.contains({nodeRow, c})) {
            QColor wash = fitColor(m_highlightFit);
            p.setPen(QPen(wash, 2));
            wash.setAlpha(110);
            p.setBrush(wash);
            p.drawRoundedRect(r, 2, 2);
        }
    }
    // Free NPUs, chip and labels after the cells.
    const QString chip = node.hardware.chip.isEmpty() ? tr("NPU") : node.hardware.chip;
    QStringList facts {tr("%n free", nullptr, freeCount(nodeRow)), chip};
    facts << node.labels;
    if (node.live.status == cluster::NodeStatus::Unreachable || node.live.status == cluster::NodeStatus::Failed
        || node.live.status == cluster::NodeStatus::AuthFailed)
        facts << cluster::statusText(node.live.status);
    const QRect info(last.right() + 10, label.top(), m_overviewInfoWidth, label.height());
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(info, Qt::AlignVCenter | Qt::AlignLeft,
               fm.elidedText(facts.join(QStringLiteral(" · ")), Qt::ElideRight, info.width()));
}

} // namespace npufleet::ui
