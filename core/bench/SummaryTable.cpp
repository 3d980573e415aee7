// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/SummaryTable.h"

#include <QCoreApplication>
#include <cmath>

namespace npufleet::bench {

namespace {

// Python's "{:<40} {:<10}" and "{:<10.2f}": labels stay English, as vLLM's do, so scripts that
// read either table read both.
QString row(const QString& label, const QString& value)
{
    return label.leftJustified(40) + QLatin1Char(' ') + value.leftJustified(10) + QLatin1Char('\n');
}

QString fixed(double v)
{
    return QString::number(v, 'f', 2);
}

QString centred(const QString& text, QChar fill)
{
    const int pad = std::max(0, 50 - int(text.size()));
    return QString(pad / 2, fill) + text + QString(pad - pad / 2, fill) + QLatin1Char('\n');
}

struct MetricTitle
{
    const char* key;
    const char* name;
    const char* header;
};
const MetricTitle s_titles[] = {
    {"ttft", "TTFT", "Time to First Token"},
    {"tpot", "TPOT", "Time per Output Token (excl. 1st token)"},
    {"itl", "ITL", "Inter-token Latency"},
    {"e2el", "E2EL", "End-to-end Latency"},
    {"client_queue_time", "Client Queue Time", "Client-side Queueing"},
    {"e2el_including_client_queue", "E2EL incl. Client Queue", "Queue-inclusive End-to-end Latency"},
};

} // namespace

QString summaryTable(const BenchResult& r, const QStringList& metrics, const QList<double>& percentiles)
{
    QString t;
    t += centred(QStringLiteral(" Serving Benchmark Result "), QLatin1Char('='));
    t += row(QStringLiteral("Successful requests:"), QString::number(r.completed));
    t += row(QStringLiteral("Failed requests:"), QString::number(r.failed));
    if (r.maxConcurrency)
        t += row(QStringLiteral("Maximum request concurrency:"), QString::number(*r.maxConcurrency));
    if (std::isfinite(r.requestRate))
        t += row(QStringLiteral("Request rate configured (RPS):"), fixed(r.requestRate));
    t += row(QStringLiteral("Benchmark duration (s):"), fixed(r.duration));
    t += row(QStringLiteral("Total input tokens:"), QString::number(r.totalInputTokens));
    t += row(QStringLiteral("Total generated tokens:"), QString::number(r.totalOutputTokens));
    t += row(QStringLiteral("Request throughput (req/s):"), fixed(r.requestThroughput));
    if (r.requestGoodput)
        t += row(QStringLiteral("Request goodput (req/s):"), fixed(*r.requestGoodput));
    t += row(QStringLiteral("Output token throughput (tok/s):"), fixed(r.outputThroughput));
    t += row(QStringLiteral("Peak output token throughput (tok/s):"), fixed(r.maxOutputTokensPerS));
    t += row(QStringLiteral("Peak concurrent requests:"), fixed(r.maxConcurrentRequests));
    t += row(QStringLiteral("Total token throughput (tok/s):"), fixed(r.totalTokenThroughput));
    for (const MetricTitle& m : s_titles) {
        const QString key = QLatin1String(m.key);
        if (!metrics.contains(key) || !r.metrics.contains(key))
            continue;
        const MetricSummary& s = r.metrics.value(key);
        const QString name = QLatin1String(m.name);
        t += centred(QLatin1String(m.header), QLatin1Char('-'));
        t += row(QStringLiteral("Mean ") + name + QStringLiteral(" (ms):"), fixed(s.mean));
        t += row(QStringLiteral("Median ") + name + QStringLiteral(" (ms):"), fixed(s.median));
        for (double p : percentiles) {
            const QString label
                = QLatin1Char('P') + percentileKey(p).mid(1) + QLatin1Char(' ') + name + QStringLiteral(" (ms):");
            t += row(label, fixed(s.percentile(p).value_or(std::nan(""))));
        }
    }
    t += QString(50, QLatin1Char('=')) + QLatin1Char('\n');
    const QMap<QString, int> reasons = r.errorCounts();
    if (!reasons.isEmpty()) {
        t += QCoreApplication::translate("npufleet::bench::SummaryTable", "Failed requests by reason:")
            + QLatin1Char('\n');
        for (auto it = reasons.begin(); it != reasons.end(); ++it)
            t += QStringLiteral("  %1 × %2\n").arg(it.value()).arg(it.key());
    }
    return t;
}

} // namespace npufleet::bench
