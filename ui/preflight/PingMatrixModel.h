// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/checks/ClusterChecks.h"

namespace npufleet::ui {

// The NPU link matrix: one row per direction between two nodes ("node0 → node1"), one column per NPU
// pair (the k-th NPU of each node); cells green (answers), amber (loss), red (no reply), grey (not tested).
class PingMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PingMatrixModel(QObject* parent = nullptr);

    void setCells(const QList<checks::PingCell>& cells);
    const checks::PingCell* cell(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<QPair<QString, QString>> m_rows; // (from, to)
    int m_columns = 0;
    QList<checks::PingCell> m_cells;
};

} // namespace npufleet::ui
