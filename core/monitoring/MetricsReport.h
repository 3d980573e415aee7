// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include "core/monitoring/ServerMetrics.h"

namespace npufleet::monitoring {

// One scrape of a server's /metrics for `npufleet monitor`: a table, one line of a running watch, or
// JSON with `url`, `running`, `waiting`, `kv_cache_usage` (0..1), `prompt_tokens`, `generation_tokens`,
// the token rates per second (null on a first scrape), `ttft` and `e2e` ({`count`, `sum`, `p50`,
// `p90`, `p99`} in seconds, null when unknown) and `errors`. A figure the server does not give is null.
QString metricsTable(const ServerMetrics& m, const QUrl& url);
QString metricsLine(const ServerMetrics& m);
QJsonObject metricsJson(const ServerMetrics& m, const QUrl& url);

} // namespace npufleet::monitoring
