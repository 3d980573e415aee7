// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

#include "core/util/Error.h"

namespace npufleet::bench {

// One sample line: name{labels} value [timestamp].
struct PromSample
{
    QString name;
    QList<QPair<QString, QString>> labels;
    double value = 0; // NaN and ±Inf as written
    std::optional<qint64> timestampMs;
    QString label(const QString& key) const;
};

// A metric family: # TYPE and # HELP, and its samples (a histogram's _bucket/_sum/_count and a
// summary's quantiles, _sum and _count included).
struct PromFamily
{
    QString name;
    QString type = QStringLiteral("untyped"); // counter gauge histogram summary untyped
    QString help;
    QList<PromSample> samples;
};

// Cumulative buckets as Prometheus keeps them, summed over the label sets given.
struct PromHistogram
{
    QList<QPair<double, double>> buckets; // (le, cumulative count), ascending, +Inf last
    double sum = 0;
    double count = 0;
    bool isEmpty() const { return buckets.isEmpty(); }
    // Prometheus' histogram_quantile: linear inside the bucket; NaN when empty.
    double quantile(double q) const;
    // This minus an earlier reading of the same histogram (what happened in between).
    PromHistogram since(const PromHistogram& earlier) const;
};

// A parsed exposition. Bad lines become errors (with their line number) and are skipped, so one
// odd exporter line never hides the rest.
struct PromText
{
    QList<PromFamily> families;
    QList<Error> errors;

    const PromFamily* family(const QString& name) const;
    // Every sample with this exact name (e.g. "vllm:prompt_tokens_total"), whatever its family.
    QList<const PromSample*> samples(const QString& sampleName) const;
    // Sum of those samples' values; nullopt when there are none.
    std::optional<double> sum(const QString& sampleName) const;
    // The histogram `name` (its _bucket, _sum, _count samples), summed over label sets.
    PromHistogram histogram(const QString& name) const;
};

PromText parsePrometheusText(const QByteArray& text);

} // namespace npufleet::bench
