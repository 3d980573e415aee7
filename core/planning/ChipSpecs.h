// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "core/planning/PlanOptions.h"

namespace npufleet::planning {

// What one accelerator can do, for the performance model. Per NPU (per die on Atlas A3); bytes and
// operations per second. Every value's source is in docs/planner.md ("Hardware table").
struct ChipSpec
{
    QString key; // 910B3, A3, H100, … (what --chip takes)
    QString label; // Ascend 910B3 (Atlas 800 A2), …
    double hbmGib = 0; // nominal memory
    double memoryBytesPerS = 0; // HBM (or LPDDR) bandwidth
    double dense16FlopsPerS = 0; // dense BF16 matrix throughput
    double int8OpsPerS = 0; // dense INT8 matrix throughput (W8A8, W4A8; FP8 on GPUs that have it)
    double intraBytesPerS = 0; // one NPU's link bandwidth to the others of its node, one direction
    int meshSize = 0; // > 0: NPUs wired as a full mesh of this size (a group of n gets (n-1)/(meshSize-1) of it)
    double intraLatencyUs = 0;
    double interBytesPerS = 0; // one NPU's share of the network to other nodes (RoCE / InfiniBand)
    double interLatencyUs = 0;
    bool fp8 = false; // FP8 matrix units (else FP8 weights run as BF16)
};

// The table of known chips.
const QList<ChipSpec>& chipSpecs();
// A chip by its key or by a name as npu-smi / nvidia-smi / the project print it ("910B4", "Ascend910B3",
// "NVIDIA H100 80GB HBM3"); nullptr when unknown.
const ChipSpec* findChip(const QString& name);
// The chip assumed when none is named: 910B3 (910B4 for 32 GB NPUs) on Ascend, H100 (A100-40GB under 50 GiB)
// on CUDA.
const ChipSpec& defaultChip(Platform platform, double hbmGib);
QStringList chipKeys();

} // namespace npufleet::planning
