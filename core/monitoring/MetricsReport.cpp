// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/MetricsReport.h"

#include <QJsonArray>
#include <cmath>

#include "core/monitoring/MonitorText.h"

namespace npufleet::monitoring {

namespace {

QString number(std::optional<double> v, int decimals = 0)
{
    return v && std::isfinite(*v) ? QString::number(*v, 'f', decimals) : QStringLiteral("–");
}

// 0..1 as a percentage with one decimal.
QString percent(std::optional<double> share)
{
    return share && std::isfinite(*share) ? QString::number(*share * 100, 'f', 1) : QStringLiteral("–");
}

QString seconds(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 3) : QStringLiteral("–");
}

QString quantiles(const PromHistogram& h)
{
    if (h.isEmpty())
        return QStringLiteral("–");
    return MonitorText::tr("p50 %1 s, p90 %2 s, p99 %3 s (%n request(s))", nullptr, int(h.count))
        .arg(seconds(h.quantile(0.5)), seconds(h.quantile(0.9)), seconds(h.quantile(0.99)));
}

QJsonValue json(std::optional<double> v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue();
}

QJsonValue json(const PromHistogram& h)
{
    if (h.isEmpty())
        return QJsonValue();
    const auto q = [&h](double p) { return json(std::optional<double>(h.quantile(p))); };
    return QJsonObject {{QStringLiteral("count"), h.count},
                        {QStringLiteral("sum"), h.sum},
                        {QStringLiteral("p50"), q(0.5)},
                        {QStringLiteral("p90"), q(0.9)},
                        {QStringLiteral("p99"), q(0.99)}};
}

} // namespace

QString metricsTable(const ServerMetrics& m, const QUrl& url)
{
    QList<QPair<QString, QString>> rows {
        {MonitorText::tr("Requests running"), number(m.running)},
        {MonitorText::tr("Requests waiting"), number(m.waiting)},
        {MonitorText::tr("KV-cache usage"),
         m.kvCacheUsage ? MonitorText::tr("%1 %").arg(percent(m.kvCacheUsage)) : percent(m.kvCacheUsage)},
        {MonitorText::tr("Prompt tokens"), number(m.promptTokens)},
        {MonitorText::tr("Generation tokens"), number(m.generationTokens)},
        {MonitorText::tr("Time to first token"), quantiles(m.ttft)},
        {MonitorText::tr("End-to-end latency"), quantiles(m.e2e)},
    };
    int width = 0;
    for (const auto& [name, value] : rows)
        width = std::max(width, int(name.size()));
    QString out = MonitorText::tr("Metrics of %1").arg(url.toString()) + QLatin1Char('\n');
    for (const auto& [name, value] : rows)
        out += QStringLiteral("  ") + name.leftJustified(width + 2) + value + QLatin1Char('\n');
    if (!m.hasAny())
        out += MonitorText::tr("No vLLM metrics found at this URL.") + QLatin1Char('\n');
    for (const QString& e : m.parseErrors)
        out += MonitorText::tr("error in the exposition: %1").arg(e) + QLatin1Char('\n');
    return out;
}

QString metricsLine(const ServerMetrics& m)
{
    return MonitorText::tr("%1 s: %2 running, %3 waiting, KV cache %4 %, prompt %5 tokens/s, generation %6 tokens/s")
        .arg(QString::number(m.atSeconds, 'f', 1), number(m.running), number(m.waiting), percent(m.kvCacheUsage),
             number(m.promptTokensPerS, 1), number(m.generationTokensPerS, 1));
}

QJsonObject metricsJson(const ServerMetrics& m, const QUrl& url)
{
    return {
        {QStringLiteral("url"), url.toString()},
        {QStringLiteral("at_seconds"), m.atSeconds},
        {QStringLiteral("running"), json(m.running)},
        {QStringLiteral("waiting"), json(m.waiting)},
        {QStringLiteral("kv_cache_usage"), json(m.kvCacheUsage)},
        {QStringLiteral("prompt_tokens"), json(m.promptTokens)},
        {QStringLiteral("generation_tokens"), json(m.generationTokens)},
        {QStringLiteral("prompt_tokens_per_s"), json(m.promptTokensPerS)},
        {QStringLiteral("generation_tokens_per_s"), json(m.generationTokensPerS)},
        {QStringLiteral("ttft"), json(m.ttft)},
        {QStringLiteral("e2e"), json(m.e2e)},
        {QStringLiteral("errors"), QJsonArray::fromStringList(m.parseErrors)},
    };
}

} // namespace npufleet::monitoring
