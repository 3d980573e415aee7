// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include "core/checks/CheckResult.h"

namespace npufleet::ui {

// The pre-flight grid: one row per check, one column per node. Cells carry the result's severity
// (SeverityRole) and are coloured red / amber / green; a cell without a result is "not run".
class PreflightResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SeverityRole = Qt::UserRole + 1, CheckIdRole };

    explicit PreflightResultsModel(QObject* parent = nullptr);

    void reset(const QStringList& nodes);
    // Adds or replaces results (matched by check id and node); new checks get rows in catalog order.
    void addResults(const QList<checks::CheckResult>& results);
    void setResults(const QStringList& nodes, const QList<checks::CheckResult>& results);
    const checks::CheckResult* result(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_nodes;
    QStringList m_checks; // ids, in catalog order
    QList<checks::CheckResult> m_results;
};

} // namespace npufleet::ui
