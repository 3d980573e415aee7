// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assign/ModelLibraryModel.h"

#include <QMimeData>
#include <optional>

#include "core/model/ModelCatalog.h"
#include "core/planning/MemoryEstimator.h"
#include "core/planning/PlanInput.h"
#include "core/project/Project.h"

#include "ui/assign/ModelRefMime.h"

namespace npufleet::ui {

namespace {
constexpr quintptr kGroupId = quintptr(-1);
} // namespace

ModelLibraryModel::ModelLibraryModel(project::Project* project, QObject* parent)
    : QAbstractItemModel(parent)
    , m_project(project)
    , m_projectModels(projectEntries(project->data().models))
{
    for (const model::CatalogEntry& e : model::ModelCatalog::entries())
        m_catalog << Entry {ModelRefMime::catalogRef(e.name), e.name, e.hubId, e.quant};
    connect(project, &project::Project::modelsChanged, this, &ModelLibraryModel::refillProject);
    connect(project, &project::Project::wasReset, this, &ModelLibraryModel::refillProject);
}

QList<ModelLibraryModel::Entry> ModelLibraryModel::projectEntries(const QList<project::ModelSource>& models)
{
    QList<Entry> out;
    for (const project::ModelSource& m : models) {
        const QString detail = !m.path.isEmpty() ? m.path : !m.hubId.isEmpty() ? m.hubId : m.catalog;
        out << Entry {m.id, m.name.isEmpty() ? m.id : m.name, detail, m.quantization};
    }
    return out;
}

void ModelLibraryModel::refillProject()
{
    // The project signals "models changed" as a whole: rows out, rows in, the catalog untouched.
    const QModelIndex group = index(ProjectGroup, 0);
    if (!m_projectModels.isEmpty()) {
        beginRemoveRows(group, 0, int(m_projectModels.size()) - 1);
        m_projectModels.clear();
        endRemoveRows();
    }
    const QList<Entry> now = projectEntries(m_project->data().models);
    if (!now.isEmpty()) {
        beginInsertRows(group, 0, int(now.size()) - 1);
        m_projectModels = now;
        endInsertRows();
    }
}

const ModelLibraryModel::Info& ModelLibraryModel::info(const Entry& entry) const
{
    const QString key = entry.ref + QLatin1Char('|') + entry.quantKey + QLatin1Char('|') + entry.detail;
    if (const auto it = m_info.constFind(key); it != m_info.constEnd())
        return *it;
    Info info;
    std::optional<model::LoadedModel> loaded;
    if (ModelRefMime::isCatalogRef(entry.ref)) {
        if (Result<model::LoadedModel> r = model::ModelLoader::load(ModelRefMime::catalogName(entry.ref)))
            loaded = *r;
    } else if (const project::ModelSource* s = m_project->data().model(entry.ref)) {
        QString origin;
        if (Result<model::LoadedModel> r = planning::PlanInputResolver::loadModel(*s, &origin))
            loaded = *r;
    }
    if (loaded) {
        planning::PlanOptions o;
        if (const std::optional<model::QuantScheme> q = model::quantSchemeFromKey(entry.quantKey))
            o.quant = *q;
        const planning::MemoryEstimator est(*loaded, o);
        info.params = loaded->params.total;
        info.weightBytes = est.modelWeightBytes();
        info.quant = model::quantSchemeKey(est.quant().scheme);
        info.known = true;
    } else {
        info.quant = entry.quantKey;
    }
    return *m_info.insert(key, info);
}

QModelIndex ModelLibraryModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return parent.isValid() ? createIndex(row, column, quintptr(parent.row())) : createIndex(row, column, kGroupId);
}

QModelIndex ModelLibraryModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId()), 0, kGroupId);
}

int ModelLibraryModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return 2;
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    return int(parent.row() == ProjectGroup ? m_projectModels.size() : m_catalog.size());
}

int ModelLibraryModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant ModelLibraryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId) {
        if (role == Qt::DisplayRole)
            return index.row() == ProjectGroup ? tr("In this project") : tr("Catalog");
        if (role == GroupRole)
            return -1;
        return {};
    }
    const int group = int(index.internalId());
    const Entry& e = (group == ProjectGroup ? m_projectModels : m_catalog).at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.name;
    case RefRole:
        return e.ref;
    case DetailRole:
        return e.detail;
    case GroupRole:
        return group;
    case ParamsRole:
        return info(e).params;
    case QuantRole:
        return info(e).quant;
    case WeightBytesRole:
        return info(e).weightBytes;
    case Qt::ToolTipRole: {
        const Info& i = info(e);
        if (!i.known)
            return tr("%1\n%2\nConfig not available on this machine").arg(e.name, e.detail);
        return tr("%1\n%2\n%3 B parameters, %4, %5 GiB of weights\nDrag onto NPUs or a node to deploy it")
            .arg(e.name, e.detail)
            .arg(double(i.params) / 1e9, 0, 'f', 2)
            .arg(i.quant)
            .arg(i.weightBytes / (1024.0 * 1024.0 * 1024.0), 0, 'f', 1);
    }
    default:
        return {};
    }
}

Qt::ItemFlags ModelLibraryModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList ModelLibraryModel::mimeTypes() const
{
    return {ModelRefMime::modelType()};
}

QMimeData* ModelLibraryModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList refs;
    for (const QModelIndex& i : indexes) {
        const QString ref = i.data(RefRole).toString();
        if (!ref.isEmpty() && !refs.contains(ref))
            refs << ref;
    }
    return refs.isEmpty() ? nullptr : ModelRefMime::encodeModels(refs);
}

Qt::DropActions ModelLibraryModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

QModelIndex ModelLibraryModel::indexOfRef(const QString& ref) const
{
    for (int g = 0; g < 2; ++g) {
        const QList<Entry>& list = g == ProjectGroup ? m_projectModels : m_catalog;
        for (int r = 0; r < list.size(); ++r) {
            if (list.at(r).ref == ref)
                return index(r, 0, index(g, 0));
        }
    }
    return {};
}

} // namespace npufleet::ui
