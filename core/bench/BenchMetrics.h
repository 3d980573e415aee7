// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "core/bench/BenchResult.h"
#include "core/bench/BenchTypes.h"

namespace npufleet::bench {

// The metrics vLLM knows for --percentile-metrics, in the order it reports them.
const QStringList& percentileMetricNames();

// vLLM's calculate_metrics over the outputs of a run that took durationS seconds: counts from
// usage (an estimate from the text when the server gave none), TPOT per request with > 1 token,
// ITLs of every successful request, goodput under the SLOs, peak output tokens/s per second.
// Fills the outcome and per-request lists, and the summaries (mean, median, std, percentiles) of
// the metrics asked for, as vllm bench serve's process_one_metric does: client_queue_time only
// under a concurrency limit, e2el_including_client_queue only then and at a finite rate. The
// setup fields stay as they are.
void computeMetrics(BenchResult& result,
                    const QList<RequestOutput>& outputs,
                    double durationS,
                    const GoodputSlo& slo,
                    const QList<double>& percentiles = {99},
                    const QStringList& metrics
                    = {QStringLiteral("ttft"), QStringLiteral("tpot"), QStringLiteral("itl")});

// The setup fields of a result from the run's config.
BenchResult resultSetup(const BenchConfig& config, int numPrompts);

} // namespace npufleet::bench
