// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/ServerMetrics.h"

#include "core/monitoring/MonitorText.h"

namespace npufleet::monitoring {

namespace {

std::optional<double> first(const PromText& t, std::initializer_list<const char*> names)
{
    for (const char* n : names)
        if (const auto v = t.sum(QLatin1String(n)))
            return v;
    return std::nullopt;
}

std::optional<double> rate(std::optional<double> now, std::optional<double> before, double seconds)
{
    if (!now || !before || seconds <= 0)
        return std::nullopt;
    const double delta = *now >= *before ? *now - *before : *now;
    return delta / seconds;
}

} // namespace

ServerMetrics serverMetrics(const PromText& t, double atSeconds, const ServerMetrics* previous)
{
    ServerMetrics m;
    m.atSeconds = atSeconds;
    m.running = first(t, {"vllm:num_requests_running"});
    m.waiting = first(t, {"vllm:num_requests_waiting"});
    m.kvCacheUsage = first(t, {"vllm:kv_cache_usage_perc", "vllm:gpu_cache_usage_perc"});
    m.promptTokens = first(t, {"vllm:prompt_tokens_total", "vllm:prompt_tokens"});
    m.generationTokens = first(t, {"vllm:generation_tokens_total", "vllm:generation_tokens"});
    m.ttft = t.histogram(QStringLiteral("vllm:time_to_first_token_seconds"));
    m.e2e = t.histogram(QStringLiteral("vllm:e2e_request_latency_seconds"));
    if (previous) {
        const double dt = atSeconds - previous->atSeconds;
        m.promptTokensPerS = rate(m.promptTokens, previous->promptTokens, dt);
        m.generationTokensPerS = rate(m.generationTokens, previous->generationTokens, dt);
    }
    for (const Error& e : t.errors)
        m.parseErrors.append(MonitorText::tr("line %1, column %2: %3").arg(e.line).arg(e.column).arg(e.message));
    return m;
}

QUrl metricsUrl(const QUrl& baseUrl)
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/v1")))
        path.chop(3);
    url.setPath(path + QStringLiteral("/metrics"));
    url.setQuery(QString());
    return url;
}

} // namespace npufleet::monitoring
