// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preflight/PingMatrixModel.h"

#include <QBrush>
#include <QColor>
#include <QHash>

namespace npufleet::ui {

PingMatrixModel::PingMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PingMatrixModel::setCells(const QList<checks::PingCell>& cells)
{
    beginResetModel();
    m_cells = cells;
    m_rows.clear();
    m_columns = 0;
    QHash<QPair<QString, QString>, int> perRow;
    for (const checks::PingCell& c : cells) {
        const auto key = qMakePair(c.fromNode, c.toNode);
        if (!m_rows.contains(key))
            m_rows << key;
        m_columns = std::max(m_columns, ++perRow[key]);
    }
    endResetModel();
}

const checks::PingCell* PingMatrixModel::cell(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return nullptr;
    const auto& row = m_rows.at(index.row());
    int k = 0;
    for (const checks::PingCell& c : m_cells) {
        if (c.fromNode == row.first && c.toNode == row.second && k++ == index.column())
            return &c;
    }
    return nullptr;
}

int PingMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PingMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant PingMatrixModel::data(const QModelIndex& index, int role) const
{
    const checks::PingCell* c = cell(index);
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1→%2").arg(c->fromNpu).arg(c->toNpu);
    case Qt::ToolTipRole:
        switch (c->state) {
        case checks::PingState::Ok:
            return tr("NPU %1 reaches %2 NPU %3 (%4)").arg(c->fromNpu).arg(c->toNode).arg(c->toNpu).arg(c->address);
        case checks::PingState::Loss:
            return tr("%1% packet loss to %2").arg(c->lossPercent).arg(c->address);
        case checks::PingState::Failed:
            return tr("no reply from %1 NPU %2 (%3)").arg(c->toNode).arg(c->toNpu).arg(c->address);
        case checks::PingState::NotTested:
            return tr("not tested: an NPU of this pair has no link or no address");
        }
        return {};
    case Qt::BackgroundRole:
        switch (c->state) {
        case checks::PingState::Ok:
            return QBrush(QColor(0xc8, 0xe6, 0xc9));
        case checks::PingState::Loss:
            return QBrush(QColor(0xff, 0xe0, 0x82));
        case checks::PingState::Failed:
            return QBrush(QColor(0xef, 0x9a, 0x9a));
        case checks::PingState::NotTested:
            return QBrush(QColor(0xe0, 0xe0, 0xe0));
        }
        return {};
    case Qt::ForegroundRole:
        return QBrush(Qt::black);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant PingMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_rows.size()
            ? QStringLiteral("%1 → %2").arg(m_rows.at(section).first, m_rows.at(section).second)
            : QVariant();
    return tr("pair %1").arg(section + 1);
}

} // namespace npufleet::ui
