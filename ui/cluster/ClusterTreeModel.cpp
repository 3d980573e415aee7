// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cluster/ClusterTreeModel.h"

#include <QLocale>

#include <QPainter>
#include <QPixmap>

#include "core/project/Project.h"
#include "ui/assign/BoardModel.h"

namespace npufleet::ui {

namespace {
// internalId 0 marks a node row; n + 1 marks an accelerator row under node n.
constexpr quintptr kNodeId = 0;

// The deployment placed on an accelerator, or -1: the tree shows the owner as the board does.
int owningDeployment(const project::ProjectData& data, const QString& node, int device)
{
    for (int i = 0; i < data.deployments.size(); ++i) {
        for (const project::Placement& p : data.deployments.at(i).placement) {
            if (p.node == node && p.devices.contains(device))
                return i;
        }
    }
    return -1;
}

QIcon dotIcon(const QColor& color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(3.5, 3.5, 9, 9), 2, 2);
    return QIcon(pixmap);
}

QString formatMib(qint64 mib)
{
    return QLocale().toString(double(mib) / 1024.0, 'f', 1);
}
} // namespace

ClusterTreeModel::ClusterTreeModel(project::Project* project, QObject* parent)
    : QAbstractItemModel(parent)
    , m_project(project)
    , m_ok(QStringLiteral(":/icons/health-ok.svg"))
    , m_warning(QStringLiteral(":/icons/health-warning.svg"))
    , m_alarm(QStringLiteral(":/icons/health-alarm.svg"))
    , m_unknown(QStringLiteral(":/icons/health-unknown.svg"))
    , m_node(QStringLiteral(":/icons/node.svg"))
    , m_nodeDown(QStringLiteral(":/icons/node-down.svg"))
    , m_simulated(QStringLiteral(":/icons/node-simulated.svg"))
{
    const auto recount = [this] {
        m_acceleratorCounts.clear();
        for (const cluster::Node& n : m_project->data().nodes)
            m_acceleratorCounts << int(n.accelerators().size());
    };
    recount();
    connect(project, &project::Project::aboutToReset, this, [this] { beginResetModel(); });
    connect(project, &project::Project::wasReset, this, [this, recount] {
        recount();
        endResetModel();
    });
    connect(project, &project::Project::nodeAboutToBeInserted, this, [this](int i) { beginInsertRows({}, i, i); });
    connect(project, &project::Project::nodeInserted, this, [this](int i) {
        m_acceleratorCounts.insert(i, int(m_project->data().nodes.at(i).accelerators().size()));
        endInsertRows();
    });
    connect(project, &project::Project::nodeAboutToBeRemoved, this, [this](int i) { beginRemoveRows({}, i, i); });
    connect(project, &project::Project::nodeRemoved, this, [this](int i) {
        m_acceleratorCounts.removeAt(i);
        endRemoveRows();
    });
    connect(project, &project::Project::nodeChanged, this, &ClusterTreeModel::nodeLiveChanged);
    connect(project, &project::Project::liveChanged, this, &ClusterTreeModel::nodeLiveChanged);
    // Placements decide which deployment each NPU row names.
    connect(project, &project::Project::deploymentsChanged, this, [this] {
        for (int row = 0; row < m_acceleratorCounts.size(); ++row)
            nodeLiveChanged(row);
    });
}

void ClusterTreeModel::nodeLiveChanged(int nodeRow)
{
    const QModelIndex parentIndex = nodeIndex(nodeRow);
    const int before = m_acceleratorCounts.value(nodeRow);
    const int after = int(m_project->data().nodes.at(nodeRow).accelerators().size());
    // Resize the child rows first, then tell the views that the remaining rows changed in place.
    if (after > before) {
        beginInsertRows(parentIndex, before, after - 1);
        m_acceleratorCounts[nodeRow] = after;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows(parentIndex, after, before - 1);
        m_acceleratorCounts[nodeRow] = after;
        endRemoveRows();
    }
    emit dataChanged(nodeIndex(nodeRow, 0), nodeIndex(nodeRow, ColumnCount - 1));
    if (after > 0)
        emit dataChanged(index(0, 0, parentIndex), index(after - 1, ColumnCount - 1, parentIndex));
}

QModelIndex ClusterTreeModel::nodeIndex(int nodeRow, int column) const
{
    return index(nodeRow, column, {});
}

QModelIndex ClusterTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kNodeId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ClusterTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kNodeId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kNodeId);
}

int ClusterTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_acceleratorCounts.size());
    if (parent.column() != 0 || parent.internalId() != kNodeId)
        return 0;
    return m_acceleratorCounts.value(parent.row());
}

int ClusterTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ClusterTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case HealthColumn:
        return tr("Health");
    case MemoryColumn:
        return tr("HBM used / total (GiB)");
    case TemperatureColumn:
        return tr("Temp (°C)");
    case PowerColumn:
        return tr("Power (W)");
    case AiCoreColumn:
        return tr("AI Core (%)");
    case InfoColumn:
        return tr("Details");
    default:
        return {};
    }
}

QVariant ClusterTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kNodeId)
        return nodeData(index.row(), index.column(), role);
    return acceleratorData(int(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant ClusterTreeModel::nodeData(int nodeRow, int column, int role) const
{
    const cluster::Node& node = m_project->data().nodes.at(nodeRow);
    const QList<cluster::Accelerator> accelerators = node.accelerators();
    int unhealthy = 0;
    qint64 used = 0, total = 0;
    bool memoryKnown = false;
    for (const cluster::Accelerator& a : accelerators) {
        if (!a.health.isEmpty() && !a.isHealthy())
            ++unhealthy;
        if (a.hbmTotalMib) {
            total += *a.hbmTotalMib;
            used += a.hbmUsedMib.value_or(0);
            memoryKnown = memoryKnown || a.hbmUsedMib.has_value();
        }
    }
    const cluster::NodeStatus status = node.live.status;
    const bool down = status == cluster::NodeStatus::Unreachable || status == cluster::NodeStatus::AuthFailed
        || status == cluster::NodeStatus::HostKeyUnverified || status == cluster::NodeStatus::Failed;

    switch (role) {
    case NodeNameRole:
        return node.name;
    case AcceleratorRowRole:
        return -1;
    case MemoryUsedMibRole:
        return memoryKnown ? QVariant(used) : QVariant();
    case MemoryTotalMibRole:
        return total > 0 ? QVariant(total) : QVariant();
    case FilterTextRole:
        return QStringList{node.name, node.host, node.hardware.chip, node.hardware.server, node.labels.join(QLatin1Char(' '))}
            .join(QLatin1Char(' '));
    case Qt::ToolTipRole: {
        QString tip = node.live.message.isEmpty()
            ? cluster::statusText(status)
            : cluster::statusText(status) + QStringLiteral(": ") + node.live.message;
        if (!node.live.warnings.isEmpty())
            tip += QLatin1Char('\n')
                + tr("%n warning(s) reading the accelerators:", nullptr, int(node.live.warnings.size()))
                + QLatin1Char('\n') + node.live.warnings.join(QLatin1Char('\n'));
        return tip;
    }
    default:
        break;
    }
    if (role == Qt::DecorationRole && column == NameColumn)
        return down ? m_nodeDown : status == cluster::NodeStatus::Simulated ? m_simulated : m_node;
    if (role == Qt::DecorationRole && column == HealthColumn) {
        if (down)
            return m_alarm;
        if (unhealthy > 0)
            return m_warning;
        return status == cluster::NodeStatus::Unknown ? m_unknown : m_ok;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case NameColumn: {
        QString text = node.name;
        if (node.role == cluster::NodeRole::Head)
            text += tr(" (head)");
        return role == SortRole ? QVariant(node.name) : QVariant(text);
    }
    case HealthColumn:
        if (down || status == cluster::NodeStatus::Unknown || status == cluster::NodeStatus::Refreshing)
            return cluster::statusText(status);
        if (unhealthy > 0)
            return tr("%n NPU(s) not OK", nullptr, unhealthy);
        return status == cluster::NodeStatus::Simulated ? tr("OK (simulated)") : tr("OK");
    case MemoryColumn:
        if (role == SortRole)
            return total > 0 ? double(used) / double(total) : -1.0;
        return total > 0 ? QVariant(QStringLiteral("%1 / %2").arg(formatMib(used), formatMib(total))) : QVariant();
    case InfoColumn: {
        QStringList parts{node.host};
        if (!node.hardware.chip.isEmpty())
            parts << QStringLiteral("%1× %2").arg(accelerators.size()).arg(node.hardware.chip);
        if (!node.hardware.os.isEmpty())
            parts << node.hardware.os;
        return parts.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

QVariant ClusterTreeModel::acceleratorData(int nodeRow, int row, int column, int role) const
{
    const cluster::Node& node = m_project->data().nodes.at(nodeRow);
    const QList<cluster::Accelerator> accelerators = node.accelerators();
    if (row >= accelerators.size())
        return {};
    const cluster::Accelerator& a = accelerators.at(row);
    const int owner = owningDeployment(m_project->data(), node.name, a.index);
    const QString ownerName = owner < 0 ? QString() : m_project->data().deployments.at(owner).name;

    switch (role) {
    case NodeNameRole:
        return node.name;
    case AcceleratorRowRole:
        return row;
    case MemoryUsedMibRole:
        return a.hbmUsedMib ? QVariant(*a.hbmUsedMib) : QVariant();
    case MemoryTotalMibRole:
        return a.hbmTotalMib ? QVariant(*a.hbmTotalMib) : QVariant();
    case FilterTextRole:
        return QStringList{a.label(), a.name, a.health, a.busId, ownerName}.join(QLatin1Char(' '));
    case Qt::DecorationRole:
        if (column == NameColumn && owner >= 0)
            return dotIcon(BoardModel::deploymentColor(owner));
        if (column == HealthColumn)
            return a.health.isEmpty() ? m_unknown : a.isHealthy() ? m_ok : a.health.compare(QLatin1String("Warning"), Qt::CaseInsensitive) == 0 ? m_warning : m_alarm;
        return {};
    case Qt::TextAlignmentRole:
        if (column == TemperatureColumn || column == PowerColumn || column == AiCoreColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sorting = role == SortRole;
    const auto number = [sorting](const std::optional<double>& v, int decimals) -> QVariant {
        if (!v)
            return sorting ? QVariant(-1.0) : QVariant(QStringLiteral("–"));
        return sorting ? QVariant(*v) : QVariant(QLocale().toString(*v, 'f', decimals));
    };
    switch (column) {
    case NameColumn:
        return sorting ? QVariant(a.index * 16 + a.chip) : QVariant(a.label());
    case HealthColumn:
        return a.health.isEmpty() ? tr("unknown") : a.health;
    case MemoryColumn:
        if (sorting)
            return a.hbmTotalMib && *a.hbmTotalMib > 0 ? double(a.hbmUsedMib.value_or(0)) / double(*a.hbmTotalMib) : -1.0;
        if (!a.hbmTotalMib)
            return {};
        return QStringLiteral("%1 / %2").arg(a.hbmUsedMib ? formatMib(*a.hbmUsedMib) : QStringLiteral("–"), formatMib(*a.hbmTotalMib));
    case TemperatureColumn:
        return number(a.tempC, 0);
    case PowerColumn:
        return number(a.powerW, 1);
    case AiCoreColumn:
        return number(a.aicorePct, 0);
    case InfoColumn: {
        QStringList parts{a.name};
        if (!ownerName.isEmpty())
            parts.prepend(ownerName);
        if (!a.busId.isEmpty())
            parts << a.busId;
        if (!a.processes.isEmpty())
            parts << tr("%n process(es)", nullptr, int(a.processes.size()));
        return parts.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

} // namespace npufleet::ui
