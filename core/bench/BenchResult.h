// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <limits>
#include <optional>

#include "core/util/Result.h"

namespace npufleet::bench {

// Mean, median, std and percentiles of one latency metric, in milliseconds.
struct MetricSummary
{
    double mean = 0;
    double median = 0;
    double std = 0;
    QList<QPair<double, double>> percentiles; // (p, value), p in 0..100
    std::optional<double> percentile(double p) const;
};

// One benchmark run, with the fields and names of `vllm bench serve --save-result`.
struct BenchResult
{
    // Setup
    QString date; // yyyyMMdd-hhmmss, as vLLM writes it
    QString backend; // "openai" (completions) or "openai-chat"
    QString label;
    QString modelId;
    QString tokenizerId;
    int numPrompts = 0;
    double requestRate = std::numeric_limits<double>::infinity(); // saved as "inf"
    double burstiness = 1.0;
    std::optional<int> maxConcurrency;

    // Outcome
    double duration = 0;
    int completed = 0;
    int failed = 0;
    qint64 totalInputTokens = 0;
    qint64 totalOutputTokens = 0;
    double requestThroughput = 0;
    std::optional<double> requestGoodput; // only when SLOs were given
    double outputThroughput = 0;
    double totalTokenThroughput = 0;
    double maxOutputTokensPerS = 0;
    double maxConcurrentRequests = 0;

    // Per request (seconds), in dataset order. vLLM writes input_lens, output_lens, start_times,
    // ttfts, itls, generated_texts and errors only with --save-detailed (`detailed`); latencies and
    // queue_times always.
    bool detailed = true;
    QList<int> inputLens;
    QList<int> outputLens;
    QList<double> ttfts;
    QList<QList<double>> itls;
    QStringList generatedTexts;
    QStringList errors; // "" for a success
    QList<double> latencies; // E2EL per request
    QList<double> startTimes; // when each went out, in seconds on the monotonic clock (Python's perf_counter)
    QList<double> queueTimes; // waits for a concurrency slot ("queue_times")
    double rtfx = 0; // vLLM's inverse real-time factor for speech benchmarks; 0 here

    // Those of "ttft", "tpot", "itl", "e2el", "client_queue_time", "e2el_including_client_queue"
    // that the run was asked for (--percentile-metrics), or that the file carries.
    QMap<QString, MetricSummary> metrics;
    // Fields we do not model (metadata and newer vLLM additions): kept so a round trip loses nothing.
    QJsonObject extra;

    bool hasDetails() const { return !ttfts.isEmpty(); }
    // Per successful request, derived from the detailed lists (seconds).
    QList<double> successfulTtfts() const;
    QList<double> tpots() const; // (E2EL - TTFT) / (output tokens - 1), requests with > 1 token
    QList<double> allItls() const;
    QList<double> e2els() const; // per request, as e2el()
    double e2el(qsizetype request) const;
    // Failed requests per reason.
    QMap<QString, int> errorCounts() const;
    // The name a run gets in lists: the label, else model, rate and concurrency.
    QString displayName() const;
};

QString percentileKey(double p); // as vLLM names it: 99 → "p99", 99.9 → "p99.9"

QJsonObject toJson(const BenchResult& result);
Result<BenchResult> fromJson(const QJsonObject& json);
Result<void> saveResult(const BenchResult& result, const QString& path);
// vLLM's --append-result: the result as one more line of the file (a newline first when the file
// is not empty).
Result<void> appendResult(const BenchResult& result, const QString& path);
Result<BenchResult> loadResult(const QString& path); // of an --append-result file: the last run
// Every run of a file: one, or one per line of a file vLLM's --append-result grew.
Result<QList<BenchResult>> loadResults(const QString& path);

} // namespace npufleet::bench

Q_DECLARE_METATYPE(npufleet::bench::BenchResult)
