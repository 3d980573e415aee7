// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/Stats.h"

#include <algorithm>
#include <cmath>

namespace npufleet::bench {

double Stats::mean(const QList<double>& values)
{
    if (values.isEmpty())
        return 0;
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

double Stats::stddev(const QList<double>& values)
{
    if (values.isEmpty())
        return 0;
    const double m = mean(values);
    double sum = 0;
    for (double v : values)
        sum += (v - m) * (v - m);
    return std::sqrt(sum / double(values.size()));
}

double Stats::median(const QList<double>& values)
{
    return percentile(values, 50);
}

double Stats::percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return percentileSorted(values, p);
}

double Stats::percentileSorted(const QList<double>& sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * double(sorted.size() - 1);
    const auto low = qsizetype(std::floor(rank));
    const auto high = std::min(low + 1, sorted.size() - 1);
    const double frac = rank - double(low);
    return sorted.at(low) + (sorted.at(high) - sorted.at(low)) * frac;
}

} // namespace npufleet::bench
