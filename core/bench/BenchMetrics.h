// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "core/bench/BenchResult.h"
#include "core/bench/BenchTypes.h"

namespace npufleet::bench {

// The percentiles every result carries (vLLM saves those asked for with --metric-percentiles).
QList<double> defaultSavedPercentiles();

// vLLM's calculate_metrics over the outputs of a run that took durationS seconds: counts from
// usage (an estimate from the text when the server gave none), TPOT per request with > 1 token,
// ITLs of every successful request, goodput under the SLOs, peak output tokens/s per second.
// Fills the outcome, per-request lists and metric summaries; the setup fields stay as they are.
void computeMetrics(BenchResult& result,
                    const QList<RequestOutput>& outputs,
                    double durationS,
                    const GoodputSlo& slo,
                    const QList<double>& percentiles = defaultSavedPercentiles());

// The setup fields of a result from the run's config.
BenchResult resultSetup(const BenchConfig& config, int numPrompts);

} // namespace npufleet::bench
