// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

#include "core/deployment/Rules.h"

namespace npufleet::ui {

class BoardModel;

// The rules the project breaks, as a list: errors, then warnings (core/deployment/Rules).
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
    QList<deployment::RuleViolation> m_conflicts;
};

} // namespace npufleet::ui
