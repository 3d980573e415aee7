// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

#include "core/planning/Conflicts.h"

namespace npufleet::ui {

class BoardModel;

// The board's conflicts as a list: errors, then warnings, then notes (unplaced deployments).
class ProblemsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { DeploymentRole = Qt::UserRole + 1, NodeRole, SeverityRole, KindRole };

    explicit ProblemsModel(BoardModel* board, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void refill();
    BoardModel* m_board;
    QList<planning::Conflict> m_conflicts;
};

} // namespace npufleet::ui
