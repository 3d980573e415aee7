// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QIcon>

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

// Cluster → nodes → accelerators, fed by the Project's signals (rows follow inserts and removals,
// live inventory updates rows in place so that expansion and selection survive a refresh).
class ClusterTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, HealthColumn, MemoryColumn, TemperatureColumn, PowerColumn, AiCoreColumn, InfoColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        NodeNameRole,       // the node a row belongs to (node rows and accelerator rows)
        AcceleratorRowRole, // -1 on node rows
        MemoryUsedMibRole,  // qint64 or invalid
        MemoryTotalMibRole, // qint64 or invalid
        FilterTextRole,     // everything the filter box matches against
    };

    explicit ClusterTreeModel(project::Project* project, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex nodeIndex(int nodeRow, int column = 0) const;

private:
    QVariant nodeData(int nodeRow, int column, int role) const;
    QVariant acceleratorData(int nodeRow, int row, int column, int role) const;
    void nodeLiveChanged(int nodeRow);

    project::Project* m_project;
    QIcon m_ok, m_warning, m_alarm, m_unknown, m_node, m_nodeDown, m_simulated;
    QList<int> m_acceleratorCounts; // rows shown per node, to emit row changes when live data resizes them
};

} // namespace npufleet::ui
