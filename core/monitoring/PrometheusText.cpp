// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/PrometheusText.h"

#include <QMap>
#include <algorithm>
#include <cmath>
#include <limits>

namespace npufleet::monitoring {

namespace {

constexpr double s_nan = std::numeric_limits<double>::quiet_NaN();

// Prometheus' util/almost.Equal: a relative difference below epsilon (NaN equals NaN).
bool almostEqual(double a, double b, double epsilon)
{
    if (std::isnan(a) && std::isnan(b))
        return true;
    if (a == b)
        return true;
    constexpr double minNormal = std::numeric_limits<double>::min();
    const double absSum = std::abs(a) + std::abs(b);
    const double diff = std::abs(a - b);
    if (a == 0 || b == 0 || absSum < minNormal)
        return diff < epsilon * minNormal;
    return diff / std::min(absSum, std::numeric_limits<double>::max()) < epsilon;
}

} // namespace

QString PromSample::label(const QString& key) const
{
    for (const auto& [k, v] : labels)
        if (k == key)
            return v;
    return {};
}

// promql/quantile.go BucketQuantile: sort by upper bound, merge equal bounds, ignore differences
// below 1e-12 and force the counts to rise, then interpolate linearly inside the bucket the rank
// falls in; the +Inf bucket gives the bound below it, a lowest bucket ending at or below 0 its bound.
double PromHistogram::quantile(double q) const
{
    if (std::isnan(q))
        return s_nan;
    if (q < 0)
        return -std::numeric_limits<double>::infinity();
    if (q > 1)
        return std::numeric_limits<double>::infinity();
    if (buckets.isEmpty())
        return s_nan;
    QList<QPair<double, double>> b = buckets;
    std::stable_sort(b.begin(), b.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    if (!(std::isinf(b.last().first) && b.last().first > 0))
        return s_nan;
    qsizetype n = 0;
    for (qsizetype i = 0; i < b.size(); ++i) {
        if (n > 0 && b.at(i).first == b.at(n - 1).first)
            b[n - 1].second += b.at(i).second;
        else
            b[n++] = b.at(i);
    }
    b.resize(n);
    constexpr double smallDeltaTolerance = 1e-12;
    double prev = b.first().second;
    for (qsizetype i = 1; i < n; ++i) {
        const double curr = b.at(i).second;
        if (curr == prev)
            continue;
        if (almostEqual(prev, curr, smallDeltaTolerance) || curr < prev) {
            b[i].second = prev;
            continue;
        }
        prev = curr;
    }
    if (n < 2)
        return s_nan;
    const double observations = b.last().second;
    if (observations == 0)
        return s_nan;
    double rank = q * observations;
    qsizetype at = 0;
    while (at < n - 1 && !(b.at(at).second >= rank))
        ++at;
    if (at == n - 1)
        return b.at(n - 2).first;
    if (at == 0 && b.at(0).first <= 0)
        return b.at(0).first;
    double start = 0;
    const double end = b.at(at).first;
    double inBucket = b.at(at).second;
    if (at > 0) {
        start = b.at(at - 1).first;
        inBucket -= b.at(at - 1).second;
        rank -= b.at(at - 1).second;
    }
    return start + (end - start) * (rank / inBucket);
}

PromHistogram PromHistogram::since(const PromHistogram& earlier) const
{
    if (earlier.buckets.size() != buckets.size() || earlier.count > count)
        return *this; // reset or a new layout: everything is new
    PromHistogram d = *this;
    for (qsizetype i = 0; i < d.buckets.size(); ++i)
        d.buckets[i].second -= earlier.buckets.at(i).second;
    d.sum -= earlier.sum;
    d.count -= earlier.count;
    return d;
}

const PromFamily* PromText::family(const QString& name) const
{
    for (const PromFamily& f : families)
        if (f.name == name)
            return &f;
    return nullptr;
}

QList<const PromSample*> PromText::samples(const QString& sampleName) const
{
    QList<const PromSample*> out;
    for (const PromFamily& f : families)
        for (const PromSample& s : f.samples)
            if (s.name == sampleName)
                out.append(&s);
    return out;
}

std::optional<double> PromText::sum(const QString& sampleName) const
{
    const QList<const PromSample*> list = samples(sampleName);
    if (list.isEmpty())
        return std::nullopt;
    double total = 0;
    for (const PromSample* s : list)
        total += s->value;
    return total;
}

PromHistogram PromText::histogram(const QString& name, const PromLabels& matching) const
{
    const auto matches = [&matching](const PromSample* s) {
        return std::all_of(matching.cbegin(), matching.cend(),
                           [s](const auto& want) { return s->labels.contains(want); });
    };
    const auto total = [&](const QString& sampleName) -> std::optional<double> {
        std::optional<double> sum;
        for (const PromSample* s : samples(sampleName))
            if (matches(s))
                sum = sum.value_or(0) + s->value;
        return sum;
    };
    PromHistogram h;
    QMap<double, double> byLe;
    for (const PromSample* s : samples(name + QStringLiteral("_bucket"))) {
        if (!matches(s))
            continue;
        const std::optional<double> le = parsePromFloat(s->label(QStringLiteral("le")).toUtf8());
        if (le && !std::isnan(*le))
            byLe[*le] += s->value;
    }
    for (auto it = byLe.begin(); it != byLe.end(); ++it)
        h.buckets.append({it.key(), it.value()});
    h.sum = total(name + QStringLiteral("_sum")).value_or(0);
    h.count = total(name + QStringLiteral("_count")).value_or(h.buckets.isEmpty() ? 0 : h.buckets.last().second);
    return h;
}

} // namespace npufleet::monitoring
