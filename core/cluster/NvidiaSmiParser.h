// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>

#include "core/cluster/Accelerator.h"
#include "core/util/Result.h"

namespace npufleet::cluster {

// The query whose output parseNvidiaSmiQuery reads.
inline constexpr const char* kNvidiaSmiQuery
    = "nvidia-smi --query-gpu=index,name,memory.used,memory.total,temperature.gpu,power.draw,utilization.gpu "
      "--format=csv,noheader,nounits";

// Parses that CSV: one GPU per line, memory in MiB. "[N/A]" and "[Not Supported]" leave a value
// unset. A header line (when noheader was forgotten) is skipped. Error with the line otherwise.
Result<QList<Accelerator>> parseNvidiaSmiQuery(QByteArrayView text);

} // namespace npufleet::cluster
