// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/bench/BenchRunner.h"
#include "core/bench/BenchTypes.h"
#include "core/util/Result.h"

namespace npufleet::bench {

// Text forms of vllm bench serve's options, for the CLI and the charts' run form.

// "ttft:200 tpot:50" or "ttft:200,tpot:50" (milliseconds).
Result<GoodputSlo> parseGoodput(const QStringList& items);
// "inf", "4", or a sweep "1,2,4,inf".
Result<QList<double>> parseRates(const QString& text);
// vLLM --metadata KEY=VALUE ...: each given value may hold several, split on blanks.
Result<QList<QPair<QString, QString>>> parseMetadata(const QStringList& given);
// "64" or a sweep "1,8,64"; "0" or "none" means no limit.
Result<QList<int>> parseConcurrencies(const QString& text);
// "50,90,99" (vLLM --metric-percentiles).
Result<QList<double>> parsePercentiles(const QString& text);
// "ttft,tpot,itl,e2el" (vLLM --percentile-metrics; also client_queue_time and
// e2el_including_client_queue).
Result<QStringList> parseMetricNames(const QString& text);
// Every rate crossed with every concurrency: one point each.
QList<SweepPoint> sweepPoints(const QList<double>& rates, const QList<int>& concurrencies);
// FILE.json for one point; FILE-rate4-conc64.json for each point of a sweep.
QString sweepFileName(const QString& file, const SweepPoint& point, bool sweep);

} // namespace npufleet::bench
