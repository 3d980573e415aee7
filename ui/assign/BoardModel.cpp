// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assign/BoardModel.h"

#include <QMimeData>
#include <algorithm>

#include "core/planning/Units.h"
#include "core/project/Project.h"

#include "ui/assign/Assigner.h"
#include "ui/assign/ModelRefMime.h"

namespace npufleet::ui {

BoardModel::BoardModel(project::Project* project, Assigner* assigner, QObject* parent)
    : QAbstractItemModel(parent)
    , m_project(project)
    , m_assigner(assigner)
{
    for (int i = 0; i < project->data().nodes.size(); ++i)
        m_devices << deviceList(i);
    recheck();

    // Core signals map 1:1 onto the model's own.
    connect(project, &project::Project::aboutToReset, this, [this] { beginResetModel(); });
    connect(project, &project::Project::wasReset, this, [this] {
        m_devices.clear();
        for (int i = 0; i < m_project->data().nodes.size(); ++i)
            m_devices << deviceList(i);
        m_report = deployment::checkProject(m_project->data());
        endResetModel();
        emit reportChanged();
    });
    connect(project, &project::Project::nodeAboutToBeInserted, this, [this](int i) { beginInsertRows({}, i, i); });
    connect(project, &project::Project::nodeInserted, this, [this](int i) {
        m_devices.insert(i, deviceList(i));
        endInsertRows();
        recheck();
    });
    connect(project, &project::Project::nodeAboutToBeRemoved, this, [this](int i) { beginRemoveRows({}, i, i); });
    connect(project, &project::Project::nodeRemoved, this, [this](int i) {
        m_devices.removeAt(i);
        endRemoveRows();
        recheck();
    });
    auto nodeChanged = [this](int i) {
        const QList<int> now = deviceList(i);
        if (now != m_devices.value(i)) {
            const QModelIndex node = index(i, 0);
            if (!m_devices.at(i).isEmpty()) {
                beginRemoveRows(node, 0, int(m_devices.at(i).size()) - 1);
                m_devices[i].clear();
                endRemoveRows();
            }
            if (!now.isEmpty()) {
                beginInsertRows(node, 0, int(now.size()) - 1);
                m_devices[i] = now;
                endInsertRows();
            }
        }
        emit dataChanged(index(i, 0), index(i, 0));
        recheck();
    };
    connect(project, &project::Project::nodeChanged, this, nodeChanged);
    connect(project, &project::Project::liveChanged, this, nodeChanged);
    connect(project, &project::Project::deploymentsChanged, this, &BoardModel::recheck);
    connect(project, &project::Project::modelsChanged, this, &BoardModel::recheck);
}

QList<int> BoardModel::deviceList(int nodeRow) const
{
    QList<int> out;
    for (const cluster::Accelerator& a : m_project->data().nodes.at(nodeRow).accelerators()) {
        if (!out.contains(a.index))
            out << a.index;
    }
    std::sort(out.begin(), out.end());
    return out;
}

void BoardModel::recheck()
{
    m_report = deployment::checkProject(m_project->data());
    for (int i = 0; i < m_devices.size(); ++i) {
        if (!m_devices.at(i).isEmpty())
            emit dataChanged(index(0, 0, index(i, 0)), index(int(m_devices.at(i).size()) - 1, 0, index(i, 0)));
    }
    emit reportChanged();
}

QColor BoardModel::deploymentColor(int index)
{
    static const QList<QColor> colors {QColor(0x5b, 0x5f, 0xd6), QColor(0x14, 0x9a, 0x86), QColor(0xc2, 0x41, 0x7f),
                                       QColor(0x2f, 0x86, 0xd1), QColor(0x8a, 0x6d, 0x1f), QColor(0x7a, 0x3f, 0xb8),
                                       QColor(0x3c, 0x8d, 0x2f), QColor(0xb8, 0x5c, 0x1c)};
    return colors.at(index % colors.size());
}

QColor BoardModel::colorOf(const QString& deployment) const
{
    const int i = m_project->data().deploymentIndex(deployment);
    return i < 0 ? QColor() : deploymentColor(i);
}

QModelIndex BoardModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kNodeId);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex BoardModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kNodeId)
        return {};
    return createIndex(int(child.internalId()), 0, kNodeId);
}

int BoardModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_devices.size());
    if (parent.column() != 0 || parent.internalId() != kNodeId)
        return 0;
    return int(m_devices.value(parent.row()).size());
}

int BoardModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QModelIndex BoardModel::npuIndex(const QString& node, int device) const
{
    const int row = m_project->data().nodeIndex(node);
    if (row < 0)
        return {};
    const int child = int(m_devices.value(row).indexOf(device));
    return child < 0 ? QModelIndex() : index(child, 0, index(row, 0));
}

QVariant BoardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isNode = index.internalId() == kNodeId;
    const int nodeRow = isNode ? index.row() : int(index.internalId());
    const cluster::Node& node = m_project->data().nodes.at(nodeRow);
    if (isNode) {
        switch (role) {
        case Qt::DisplayRole:
        case NodeRole:
            return node.name;
        case Qt::ToolTipRole:
            return tr("%1 (%2): %n NPU(s)", nullptr, int(m_devices.at(nodeRow).size())).arg(node.name, node.host);
        case DeviceRole:
            return -1;
        default:
            return {};
        }
    }
    const int device = m_devices.at(nodeRow).at(index.row());
    const QList<deployment::NpuUse> uses = m_report.usesAt(node.name, device);
    const QList<deployment::RuleViolation> problems = m_report.at(node.name, device);
    auto sum = [&](double deployment::NpuUse::*field) {
        double total = 0;
        for (const deployment::NpuUse& u : uses)
            total += u.*field;
        return total;
    };
    switch (role) {
    case Qt::DisplayRole:
        return tr("NPU %1").arg(device);
    case NodeRole:
        return node.name;
    case DeviceRole:
        return device;
    case OwnerRole:
        return uses.isEmpty() ? QString() : uses.first().deployment;
    case OwnerColorRole:
        return uses.isEmpty() ? QColor() : colorOf(uses.first().deployment);
    case WeightBytesRole:
        return sum(&deployment::NpuUse::weightBytes);
    case KvBytesRole:
        return sum(&deployment::NpuUse::kvBytes);
    case OverheadBytesRole:
        return sum(&deployment::NpuUse::overheadBytes);
    case TotalBytesRole: {
        for (const cluster::Accelerator& a : node.accelerators()) {
            if (a.index == device && a.hbmTotalMib)
                return double(*a.hbmTotalMib) * planning::kMiB;
        }
        return 0.0;
    }
    case HeldBytesRole: {
        double held = 0;
        for (const cluster::Accelerator& a : node.accelerators()) {
            if (a.index == device)
                held += double(a.heldMib()) * planning::kMiB;
        }
        return held;
    }
    case EstimatedRole:
        return !uses.isEmpty() && std::all_of(uses.cbegin(), uses.cend(), [](const auto& u) { return u.estimated; });
    case SeverityRole: {
        int worst = -1;
        for (const deployment::RuleViolation& v : problems) {
            if (worst < 0 || int(v.severity) < worst)
                worst = int(v.severity);
        }
        return worst;
    }
    case ProblemsRole:
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const deployment::RuleViolation& v : problems)
            lines << v.text();
        if (role == ProblemsRole)
            return lines;
        QString head = uses.isEmpty() ? tr("%1 NPU %2: free").arg(node.name).arg(device)
                                      : tr("%1 NPU %2: %3").arg(node.name).arg(device).arg(uses.first().deployment);
        if (const double held = data(index, HeldBytesRole).toDouble(); held > 0)
            head += QLatin1Char('\n')
                + tr("%1 GiB held by processes outside the project").arg(held / planning::kGiB, 0, 'f', 1);
        return lines.isEmpty() ? head : head + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

Qt::ItemFlags BoardModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    if (index.internalId() != kNodeId && !data(index, OwnerRole).toString().isEmpty())
        f |= Qt::ItemIsDragEnabled;
    if (index.internalId() != kNodeId)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QStringList BoardModel::mimeTypes() const
{
    return {ModelRefMime::modelType(), ModelRefMime::deploymentType()};
}

QMimeData* BoardModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& i : indexes) {
        const QString owner = data(i, OwnerRole).toString();
        if (!owner.isEmpty())
            return ModelRefMime::encodeDeployment(owner);
    }
    return nullptr;
}

Qt::DropActions BoardModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions BoardModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

namespace {
// A node row is "the free NPUs of this node"; an NPU row is that one device.
DropTarget targetOf(const QModelIndex& parent)
{
    const QString node = parent.data(BoardModel::NodeRole).toString();
    const int device = parent.data(BoardModel::DeviceRole).toInt();
    return device < 0 ? DropTarget::wholeNodes({node}) : DropTarget::device(node, device);
}
} // namespace

bool BoardModel::canDropMimeData(
    const QMimeData* data, Qt::DropAction action, int, int, const QModelIndex& parent) const
{
    if (!parent.isValid() || !data)
        return false;
    const DropTarget target = targetOf(parent);
    const QStringList models = ModelRefMime::decodeModels(data);
    if (!models.isEmpty())
        return m_assigner->previewModel(models.first(), target).fit != planning::Fit::NoFit;
    const QString deployment = ModelRefMime::decodeDeployment(data);
    if (deployment.isEmpty())
        return false;
    if (action == Qt::CopyAction && !target.devices.isEmpty()) {
        const project::Deployment& d
            = m_project->data().deployments.value(m_project->data().deploymentIndex(deployment));
        QList<project::Placement> grown = d.placement;
        grown << target.devices;
        return m_assigner->previewResize(deployment, grown).fit != planning::Fit::NoFit;
    }
    return m_assigner->previewMove(deployment, target).fit != planning::Fit::NoFit;
}

bool BoardModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int, int, const QModelIndex& parent)
{
    m_lastError.clear();
    if (!parent.isValid() || !data)
        return false;
    const DropTarget target = targetOf(parent);
    const QStringList models = ModelRefMime::decodeModels(data);
    if (!models.isEmpty())
        return m_assigner->assignModel(models.first(), target, &m_lastError);
    const QString deployment = ModelRefMime::decodeDeployment(data);
    if (deployment.isEmpty())
        return false;
    if (action == Qt::CopyAction && !target.devices.isEmpty())
        return m_assigner->extendDeployment(deployment, target, &m_lastError);
    return m_assigner->moveDeployment(deployment, target, &m_lastError);
}

} // namespace npufleet::ui
