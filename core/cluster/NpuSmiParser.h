// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/cluster/Accelerator.h"
#include "core/util/Result.h"

namespace npufleet::cluster {

// What one `npu-smi info` table says.
struct NpuSmiReport
{
    QString version; // "23.0.7", as printed; empty when the title row is missing
    QList<Accelerator> accelerators; // one per chip row, in printed order
    QStringList warnings; // "line N: ..." for rows that were understood but not used
};

// Parses the default `npu-smi info` table. Text before and after the table (a prompt, other tool
// output) is ignored. Columns are found from the header rows, so other widths and driver versions
// parse too. Error (with the line) when no table is found or a row makes no sense.
Result<NpuSmiReport> parseNpuSmiInfo(QByteArrayView text);

// Parses `Key : value` lines, as `npu-smi info -t board|common|usages|...` print them. A key that
// repeats (one block per chip) keeps its first value. Error when no such line is found.
Result<QMap<QString, QString>> parseNpuSmiKeyValues(QByteArrayView text);

} // namespace npufleet::cluster
