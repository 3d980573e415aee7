// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace npufleet::bench {

// When each request is due, in seconds from the start, as vllm bench serve draws them: no wait
// at rate inf, else gamma-distributed gaps with shape = burstiness and mean 1/rate (Poisson at 1).
QList<double> arrivalOffsets(int count, double requestRate, double burstiness, quint64 seed);

} // namespace npufleet::bench
