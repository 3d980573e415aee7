// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QColor>
#include <QList>

#include "core/deployment/Rules.h"

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

class Assigner;

// Nodes and their NPUs (one child per device) with who owns each, its memory and the rules it breaks.
// Drops go through dropMimeData: a model on an NPU or a node creates a deployment, a deployment
// moves there (Copy action: grows onto it); canDropMimeData answers with the planner's fit.
class BoardModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        NodeRole = Qt::UserRole + 1, // QString
        DeviceRole, // int, -1 on node rows
        OwnerRole, // QString: the deployment holding the NPU, empty when free
        OwnerColorRole, // QColor
        WeightBytesRole,
        KvBytesRole,
        OverheadBytesRole,
        TotalBytesRole,
        EstimatedRole, // bool: memory figures known
        SeverityRole, // int: -1 none, else deployment::Severity of the worst broken rule
        ProblemsRole, // QStringList
        HeldBytesRole, // double: HBM processes outside the project hold (live inventory)
    };

    BoardModel(project::Project* project, Assigner* assigner, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const override;
    bool
    dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;

    QModelIndex npuIndex(const QString& node, int device) const;
    const deployment::RuleReport& report() const { return m_report; }
    QList<int> devicesOf(int nodeRow) const { return m_devices.value(nodeRow); }
    QColor colorOf(const QString& deployment) const;
    static QColor deploymentColor(int index);
    QString lastError() const { return m_lastError; }

signals:
    void reportChanged();

private:
    static constexpr quintptr kNodeId = quintptr(-1);
    QList<int> deviceList(int nodeRow) const;
    void recheck();

    project::Project* m_project;
    Assigner* m_assigner;
    QList<QList<int>> m_devices; // per node row
    deployment::RuleReport m_report;
    QString m_lastError;
};

} // namespace npufleet::ui
