// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/bench/BenchResult.h"

namespace npufleet::bench {

// The "Serving Benchmark Result" table as vllm bench serve prints it, for the metrics and
// percentiles asked for (vLLM's defaults: ttft,tpot,itl and 99). Failed requests follow, by reason.
QString summaryTable(const BenchResult& result,
                     const QStringList& metrics
                     = {QStringLiteral("ttft"), QStringLiteral("tpot"), QStringLiteral("itl")},
                     const QList<double>& percentiles = {99});

} // namespace npufleet::bench
