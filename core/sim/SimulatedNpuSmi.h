// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace npufleet::sim {

// A recorded `npu-smi info` table varied for one simulated node, so that a fleet built from a few recordings
// does not look like copies: from the seed, none, half or all NPUs are busy (HBM 80-93 % used, AI Core load,
// one process each), the others idle; with alarm, one NPU reports Alarm. Columns keep their widths, so
// the output reads as the machine printed it. Seed 0 returns the recording unchanged.
QByteArray variedNpuSmi(const QByteArray& recorded, int seed, bool alarm);

} // namespace npufleet::sim
