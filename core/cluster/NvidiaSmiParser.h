// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include "core/cluster/Accelerator.h"
#include "core/util/Result.h"

namespace npufleet::cluster {

// The query whose output parseNvidiaSmiQuery reads.
inline constexpr const char* kNvidiaSmiQuery
    = "nvidia-smi --query-gpu=index,name,memory.used,memory.total,temperature.gpu,power.draw,utilization.gpu "
      "--format=csv,noheader,nounits";

// Parses that CSV: one GPU per line, memory in MiB. "[N/A]" and "[Not Supported]" leave a value
// unset. A header line (when noheader was forgotten) is skipped. A line that cannot be read is left out and a
// value that is not a number left unset, each with a "line N: ..." warning; error (the first such line) only
// when no GPU at all can be read.
Result<QList<Accelerator>> parseNvidiaSmiQuery(QByteArrayView text, QStringList* warnings = nullptr);

} // namespace npufleet::cluster
