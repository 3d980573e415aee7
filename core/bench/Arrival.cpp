// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/Arrival.h"

#include <cmath>
#include <random>

namespace npufleet::bench {

QList<double> arrivalOffsets(int count, double requestRate, double burstiness, quint64 seed)
{
    QList<double> out(count, 0.0);
    if (!std::isfinite(requestRate) || requestRate <= 0 || burstiness <= 0)
        return out;
    std::mt19937_64 rng(seed ^ 0x9E3779B97F4A7C15ULL); // not the dataset's stream of draws
    std::gamma_distribution<double> gap(burstiness, 1.0 / (requestRate * burstiness));
    double t = 0;
    for (int i = 0; i < count; ++i) {
        out[i] = t;
        t += gap(rng);
    }
    return out;
}

} // namespace npufleet::bench
