// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QStringList>
#include <QUrl>
#include <optional>

#include "core/monitoring/PrometheusText.h"

namespace npufleet::monitoring {

// What the Monitor view charts from one scrape of a vLLM server's /metrics.
struct ServerMetrics
{
    double atSeconds = 0; // when it was read, on the poller's clock
    std::optional<double> running; // vllm:num_requests_running
    std::optional<double> waiting; // vllm:num_requests_waiting
    std::optional<double> kvCacheUsage; // 0..1: vllm:kv_cache_usage_perc (older: gpu_cache_usage_perc)
    std::optional<double> promptTokens; // counters, cumulative
    std::optional<double> generationTokens;
    PromHistogram ttft; // seconds
    PromHistogram e2e;
    // From the previous scrape: tokens per second (a counter reset counts from zero).
    std::optional<double> promptTokensPerS;
    std::optional<double> generationTokensPerS;
    QStringList parseErrors; // "line 12, column 5: …"; those families are left out

    bool hasAny() const { return running || waiting || kvCacheUsage || promptTokens || generationTokens; }
};

// Reads the figures from an exposition; rates come from `previous` when given.
ServerMetrics serverMetrics(const PromText& text, double atSeconds, const ServerMetrics* previous = nullptr);
// http://host:port/v1 → http://host:port/metrics
QUrl metricsUrl(const QUrl& baseUrl);

} // namespace npufleet::monitoring

Q_DECLARE_METATYPE(npufleet::monitoring::ServerMetrics)
