// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preflight/PreflightResultsModel.h"

#include <QBrush>
#include <QColor>

#include "core/checks/CheckCatalog.h"

namespace npufleet::ui {

namespace {

QColor background(checks::Severity s)
{
    switch (s) {
    case checks::Severity::Pass:
        return QColor(0xc8, 0xe6, 0xc9);
    case checks::Severity::Warning:
        return QColor(0xff, 0xe0, 0x82);
    case checks::Severity::Error:
        return QColor(0xef, 0x9a, 0x9a);
    }
    return {};
}

} // namespace

PreflightResultsModel::PreflightResultsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PreflightResultsModel::reset(const QStringList& nodes)
{
    setResults(nodes, {});
}

void PreflightResultsModel::setResults(const QStringList& nodes, const QList<checks::CheckResult>& results)
{
    beginResetModel();
    m_nodes = nodes;
    m_results.clear();
    m_checks.clear();
    endResetModel();
    addResults(results);
}

void PreflightResultsModel::addResults(const QList<checks::CheckResult>& results)
{
    QStringList ids = m_checks;
    for (const checks::CheckResult& r : results) {
        if (!ids.contains(r.id))
            ids << r.id;
    }
    QStringList ordered;
    for (const QString& id : checks::CheckCatalog::ids()) {
        if (ids.contains(id))
            ordered << id;
    }
    beginResetModel(); // rows may be inserted anywhere; the grid is small
    m_checks = ordered;
    for (const checks::CheckResult& r : results) {
        bool replaced = false;
        for (checks::CheckResult& old : m_results) {
            if (old.id == r.id && old.node == r.node) {
                old = r;
                replaced = true;
            }
        }
        if (!replaced)
            m_results << r;
    }
    endResetModel();
}

const checks::CheckResult* PreflightResultsModel::result(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_checks.size() || index.column() >= m_nodes.size())
        return nullptr;
    const QString& id = m_checks.at(index.row());
    const QString& node = m_nodes.at(index.column());
    for (const checks::CheckResult& r : m_results) {
        if (r.id == id && r.node == node)
            return &r;
    }
    return nullptr;
}

int PreflightResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int PreflightResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

QVariant PreflightResultsModel::data(const QModelIndex& index, int role) const
{
    const checks::CheckResult* r = result(index);
    switch (role) {
    case Qt::DisplayRole:
        if (!r)
            return tr("–");
        return r->severity == checks::Severity::Pass   ? tr("OK")
            : r->severity == checks::Severity::Warning ? tr("Warning")
                                                       : tr("Error");
    case Qt::ToolTipRole:
        return r ? r->summary : tr("not run");
    case Qt::BackgroundRole:
        return r ? QBrush(background(r->severity)) : QVariant();
    case Qt::ForegroundRole:
        return r ? QBrush(Qt::black) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case SeverityRole:
        return r ? QVariant(int(r->severity)) : QVariant();
    case CheckIdRole:
        return index.isValid() && index.row() < m_checks.size() ? m_checks.at(index.row()) : QVariant();
    default:
        return {};
    }
}

QVariant PreflightResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_nodes.size() ? m_nodes.at(section) : QVariant();
    return section < m_checks.size() ? checks::CheckCatalog::title(m_checks.at(section)) : QVariant();
}

} // namespace npufleet::ui
