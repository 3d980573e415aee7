// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assign/ProblemsModel.h"

#include <QApplication>
#include <QStyle>

#include "ui/assign/BoardModel.h"

namespace npufleet::ui {

ProblemsModel::ProblemsModel(BoardModel* board, QObject* parent)
    : QAbstractListModel(parent)
    , m_board(board)
    , m_conflicts(board->report().violations)
{
    connect(board, &BoardModel::reportChanged, this, &ProblemsModel::refill);
}

void ProblemsModel::refill()
{
    // The report is recomputed as a whole; rows follow as one reset.
    beginResetModel();
    m_conflicts = m_board->report().violations;
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

QVariant ProblemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const deployment::RuleViolation& c = m_conflicts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return c.text();
    case Qt::ToolTipRole:
        return c.hint.isEmpty() ? c.text() : c.text() + QLatin1Char('\n') + c.hint;
    case Qt::DecorationRole: {
        const QStyle::StandardPixmap icon
            = c.severity == deployment::Severity::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning;
        return QApplication::style()->standardIcon(icon);
    }
    case DeploymentRole:
        return c.deployment;
    case NodeRole:
        return c.node;
    case SeverityRole:
        return int(c.severity);
    case KindRole:
        return c.rule;
    default:
        return {};
    }
}

} // namespace npufleet::ui
