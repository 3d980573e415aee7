// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QString>

namespace npufleet::project {
class Project;
struct ModelSource;
} // namespace npufleet::project

namespace npufleet::ui {

// Two groups: the project's models and the built-in catalog. Leaves drag as model refs
// (project id or "catalog:<name>") and carry parameter count, quantization and weight size.
class ModelLibraryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Group { ProjectGroup = 0, CatalogGroup = 1 };
    enum Role {
        RefRole = Qt::UserRole + 1, // QString: what the MIME data carries
        ParamsRole, // qint64, 0 when unknown
        QuantRole, // QString
        WeightBytesRole, // double, 0 when unknown
        DetailRole, // QString: folder, hub id or catalog name
        GroupRole, // int: Group of a leaf, -1 on group rows
    };

    explicit ModelLibraryModel(project::Project* project, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    QModelIndex indexOfRef(const QString& ref) const;

private:
    struct Info
    {
        qint64 params = 0;
        double weightBytes = 0;
        QString quant;
        bool known = false;
    };
    struct Entry
    {
        QString ref;
        QString name;
        QString detail;
        QString quantKey; // as the project or catalog states it
    };
    const Info& info(const Entry& entry) const;
    void refillProject();
    static QList<Entry> projectEntries(const QList<project::ModelSource>& models);

    project::Project* m_project;
    QList<Entry> m_projectModels;
    QList<Entry> m_catalog;
    mutable QHash<QString, Info> m_info; // by ref + quant
};

} // namespace npufleet::ui
