// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

#include "core/util/Error.h"

namespace npufleet::monitoring {

using PromLabels = QList<QPair<QString, QString>>;

// One sample line as written: name{labels} value [timestamp]. The labels include `le` and
// `quantile`, as PromQL sees the series.
struct PromSample
{
    QString name;
    PromLabels labels;
    double value = 0; // NaN and ±Inf as written
    std::optional<qint64> timestampMs;
    QString label(const QString& key) const;
};

struct PromBucket
{
    double upperBound = 0;
    double count = 0;
};

// One metric of a family, grouped as prometheus/common expfmt groups them: a summary's quantiles,
// _sum and _count (a histogram's buckets, _sum and _count) with the same labels are one metric, whose
// labels leave out `quantile` (`le`).
struct PromMetric
{
    PromLabels labels;
    double value = 0; // counter, gauge, untyped
    std::optional<qint64> timestampMs; // of the last sample line that had one
    std::optional<double> count; // summary and histogram
    std::optional<double> sum;
    QList<QPair<double, double>> quantiles; // (quantile, value), as written
    QList<PromBucket> buckets; // as written
};

// A metric family: # TYPE and # HELP, and its samples. Which family a sample belongs to follows
// expfmt: the family of its exact name, else, for a name ending in _count or _sum, the summary of
// the rest, else, for _count, _sum or _bucket, the histogram of the rest, else a family of its own
// (so `x_created` and `x_total` stay apart from a family `x`).
struct PromFamily
{
    QString name;
    QString type = QStringLiteral("untyped"); // counter gauge histogram gaugehistogram summary untyped
    QString help;
    bool hasHelp = false;
    QList<PromMetric> metrics;
    QList<PromSample> samples; // every sample line of the family, as written
};

// Cumulative buckets as Prometheus keeps them, summed over the label sets given (sum by (le)).
struct PromHistogram
{
    QList<QPair<double, double>> buckets; // (le, cumulative count), ascending
    double sum = 0;
    double count = 0;
    bool isEmpty() const { return buckets.isEmpty(); }
    // PromQL's histogram_quantile of these buckets (bucketQuantile): NaN without a +Inf bucket,
    // with fewer than two buckets or no observations; -Inf for q < 0, +Inf for q > 1.
    double quantile(double q) const;
    // This minus an earlier reading of the same histogram (what happened in between).
    PromHistogram since(const PromHistogram& earlier) const;
};

// A parsed exposition (text format 0.0.4). expfmt stops at the first error and returns nothing;
// this parser reports every error (line, column, expfmt's message), drops the line it is on and
// every family the error touched, and goes on with the next line, so that one bad exporter line
// never hides the families that parsed.
struct PromText
{
    QList<PromFamily> families; // in order of first appearance; only families without errors
    QList<Error> errors;

    const PromFamily* family(const QString& name) const;
    // Every sample with this exact name (e.g. "vllm:prompt_tokens_total"), whatever its family.
    QList<const PromSample*> samples(const QString& sampleName) const;
    // Sum of those samples' values; nullopt when there are none.
    std::optional<double> sum(const QString& sampleName) const;
    // The classic histogram `name`: its `name_bucket` series by `le` (a malformed `le` is skipped,
    // as PromQL does), `name_sum` and `name_count`, summed over the label sets that carry every
    // label in `matching` (sum by (le) of name_bucket{matching}).
    PromHistogram histogram(const QString& name, const PromLabels& matching = {}) const;
};

PromText parsePrometheusText(const QByteArray& text);

// Go's strconv.ParseFloat as expfmt uses it (decimal, Inf, NaN; no hex, no '_'); nullopt when it
// fails, overflow included.
std::optional<double> parsePromFloat(const QByteArray& text);

} // namespace npufleet::monitoring
