// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/cluster/Accelerator.h"

// The rows of the default `npu-smi info` table turned into values. A value that makes no sense is left
// unset with a warning, so one damaged cell never costs the rest of the table.
namespace npufleet::cluster::npusmirows {

using Fields = QHash<QString, QString>; // header field (lower-case) -> value as printed

// One chip from its first row (line) and, when it was there, its second (secondLine, else 0).
// Without an NPU id nothing can be placed: no accelerator, and a warning.
std::optional<Accelerator> chipFromRows(const Fields& fields, int line, int secondLine, QStringList* warnings);

// One row of the process table.
struct ProcessRow
{
    int npu = 0;
    AcceleratorProcess process;
};
// Empty, with a warning, when the row has no readable NPU id or process id.
std::optional<ProcessRow> processFromRow(const Fields& fields, int line, QStringList* warnings);

// "line N: message", the form of every parser warning.
QString lineWarning(int line, const QString& message);

} // namespace npufleet::cluster::npusmirows
