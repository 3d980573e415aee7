// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Helpers for the box-drawn tables that npu-smi prints: rows are "| cell | cell |", borders are
// "+---+===+", and a cell holds several columns separated by runs of spaces. Columns are located
// from the header rows, so other widths and column sets parse the same way.
namespace npufleet::cluster::smitable {

// A row of a table body: its cells, trimmed, without the outer bars.
using Cells = QStringList;

bool isBorder(QStringView line); // "+----+====+" (also a lone "+")
bool isTableRow(QStringView line); // starts with '|'
Cells splitCells(QStringView line);
// Rows the author of a pasted table left out: "...", "…", "| ... | ... |", "[...]", "(rows omitted)".
bool isElision(QStringView line);

// Column names of one header cell: words split on spaces, re-joined where a name is known to
// contain spaces ("Process id", "NPU ID"). Returned lower-case, as keys.
QStringList headerFields(const QString& cell);
// The values of one body cell: words split on spaces, with "12 / 34" glued into "12/34".
QStringList valueTokens(const QString& cell);

// Pairs each header field with its value, cell by cell. When a cell holds more or fewer words than
// the header names, the free-text field of that cell ("name", "process name") takes the slack.
QHash<QString, QString> assign(const QList<QStringList>& headerCells, const Cells& valueCells);

// "NA", "-", "N/A", "" → unset (never 0).
bool isMissing(const QString& value);
std::optional<double> toNumber(const QString& value, bool* ok);
std::optional<qint64> toInteger(const QString& value, bool* ok);
// "used/total": each side unset when missing; ok is false when either side is not a number.
struct UsedTotal
{
    std::optional<qint64> used;
    std::optional<qint64> total;
};
UsedTotal toUsedTotal(const QString& value, bool* ok);

} // namespace npufleet::cluster::smitable
