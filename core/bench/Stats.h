// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace npufleet::bench {

// numpy's mean, population std, median and linear-interpolated percentile; 0 for no values
// (vLLM computes np.mean(x or 0)).
struct Stats
{
    static double mean(const QList<double>& values);
    static double stddev(const QList<double>& values);
    static double median(const QList<double>& values);
    static double percentile(QList<double> values, double p);
    // For many percentiles of one list: sort once.
    static double percentileSorted(const QList<double>& sorted, double p);
};

} // namespace npufleet::bench
