// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/planning/PlanResult.h"

namespace npufleet::ui {

// The ranked layouts of one plan, one row each, best first; the deployment's own layout marked.
class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RankColumn,
        TpColumn,
        PpColumn,
        DpColumn,
        EpColumn,
        NpusColumn,
        NodesColumn,
        WeightsColumn,
        KvColumn,
        KvTokensColumn,
        ConcurrencyColumn,
        OutputTokSColumn, // predicted at the workload (PerformanceModel)
        PerUserTokSColumn,
        TtftColumn,
        TpotColumn,
        LimitColumn,
        FitsColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers, for QSortFilterProxyModel
        FitsRole,
        CurrentRole,
        NeedsMoreNpusRole,
    };

    explicit PlanTableModel(QObject* parent = nullptr);

    // placedNpus: what the placement has; layouts needing more are flagged, not refused.
    void setPlans(const QList<planning::PlanResult>& plans, const project::Layout& current, int placedNpus);
    void clear();

    const planning::PlanResult& plan(int row) const { return m_plans.at(row); }
    int planCount() const { return int(m_plans.size()); }
    int rowOf(const project::Layout& layout) const; // -1 when not listed
    int currentRow() const { return rowOf(m_current); }
    int placedNpus() const { return m_placedNpus; }
    bool needsMoreNpus(int row) const { return m_plans.at(row).npus > m_placedNpus; }
    // Header and cell texts follow the new language.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString layoutText(const project::Layout& layout);
    static QString limitLabel(planning::Limit limit); // a column's worth of the limit

private:
    QVariant display(const planning::PlanResult& p, int row, int column) const;
    QVariant sortValue(const planning::PlanResult& p, int row, int column) const;
    QString toolTip(const planning::PlanResult& p, int row) const;
    static QVariant predictedText(const planning::Prediction& prediction, int column);

    QList<planning::PlanResult> m_plans;
    project::Layout m_current;
    int m_placedNpus = 0;
};

} // namespace npufleet::ui
