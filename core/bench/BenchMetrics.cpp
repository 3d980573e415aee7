// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/BenchMetrics.h"

#include <QDateTime>
#include <QMap>
#include <algorithm>
#include <cmath>
#include <vector>

#include "core/bench/Dataset.h"
#include "core/bench/Stats.h"

namespace npufleet::bench {

namespace {

// As vLLM: numpy's statistics of the values in seconds, times 1000 (np.mean(x or 0) * 1000, ...).
MetricSummary summarize(QList<double> seconds, const QList<double>& percentiles)
{
    MetricSummary s;
    s.mean = Stats::mean(seconds) * 1000.0;
    s.std = Stats::stddev(seconds) * 1000.0;
    std::sort(seconds.begin(), seconds.end());
    s.median = Stats::percentileSorted(seconds, 50) * 1000.0;
    for (double p : percentiles)
        s.percentiles.append({p, Stats::percentileSorted(seconds, p) * 1000.0});
    return s;
}

// As vLLM: tokens bucketed per whole second of the run, and requests active in each second.
void peaks(BenchResult& r, const QList<RequestOutput>& outputs)
{
    double first = std::numeric_limits<double>::infinity();
    double last = 0;
    for (const RequestOutput& o : outputs) {
        if (!o.success)
            continue;
        first = std::min(first, o.startTime);
        last = std::max(last, o.startTime + o.latency);
    }
    if (!std::isfinite(first))
        return;
    const auto buckets = qsizetype(std::ceil(last - first)) + 1;
    QList<double> tokens(buckets, 0.0);
    for (const RequestOutput& o : outputs) {
        if (!o.success)
            continue;
        double t = o.startTime + o.ttft;
        const auto add = [&](double at) {
            const auto b = qsizetype(at - first);
            if (b >= 0 && b < buckets)
                tokens[b] += 1;
        };
        add(t);
        for (double g : o.itl) {
            t += g;
            add(t);
        }
    }
    r.maxOutputTokensPerS = *std::max_element(tokens.cbegin(), tokens.cend());
    // Current vLLM: the exact peak of requests in flight, over half-open [start, end) intervals
    // (an end and a start at the same instant do not overlap). Older versions counted requests
    // active in each whole second, which overstates it.
    std::vector<std::pair<double, int>> events;
    for (const RequestOutput& o : outputs) {
        if (!o.success)
            continue;
        events.emplace_back(o.startTime, 1);
        events.emplace_back(o.startTime + o.latency, -1);
    }
    std::sort(events.begin(), events.end());
    int now = 0;
    int peak = 0;
    for (const auto& [at, delta] : events) {
        now += delta;
        peak = std::max(peak, now);
    }
    r.maxConcurrentRequests = peak;
}

} // namespace

const QStringList& percentileMetricNames()
{
    static const QStringList names = {QStringLiteral("ttft"),
                                      QStringLiteral("tpot"),
                                      QStringLiteral("itl"),
                                      QStringLiteral("e2el"),
                                      QStringLiteral("client_queue_time"),
                                      QStringLiteral("e2el_including_client_queue")};
    return names;
}

void computeMetrics(BenchResult& r,
                    const QList<RequestOutput>& outputs,
                    double durationS,
                    const GoodputSlo& slo,
                    const QList<double>& percentiles,
                    const QStringList& metrics)
{
    QList<double> ttfts, tpots, allTpots, itls, e2els;
    r.completed = 0;
    r.failed = 0;
    r.totalInputTokens = 0;
    r.totalOutputTokens = 0;
    r.inputLens.clear();
    r.outputLens.clear();
    r.ttfts.clear();
    r.itls.clear();
    r.generatedTexts.clear();
    r.errors.clear();
    r.latencies.clear();
    r.startTimes.clear();
    r.queueTimes.clear();
    for (const RequestOutput& o : outputs) {
        r.inputLens.append(o.promptLen);
        r.latencies.append(o.latency);
        r.startTimes.append(double(o.sentNs) / 1e9); // vLLM: time.perf_counter() at send, the monotonic clock
        r.queueTimes.append(o.queueTime);
        r.ttfts.append(o.ttft);
        r.itls.append(o.itl);
        r.generatedTexts.append(o.generatedText);
        r.errors.append(o.error);
        if (!o.success) {
            r.outputLens.append(0);
            ++r.failed;
            continue;
        }
        const int outLen = o.outputTokens > 0 ? o.outputTokens : estimateTokens(o.generatedText);
        r.outputLens.append(outLen);
        r.totalInputTokens += o.promptLen;
        r.totalOutputTokens += outLen;
        double tpot = 0; // one token: 0 for goodput, left out of the TPOT figures
        if (outLen > 1) {
            tpot = (o.latency - o.ttft) / (outLen - 1);
            tpots.append(tpot);
        }
        allTpots.append(tpot);
        itls += o.itl;
        ttfts.append(o.ttft);
        e2els.append(o.latency);
        ++r.completed;
    }
    r.duration = durationS;
    const double d = durationS > 0 ? durationS : 1;
    r.requestThroughput = r.completed / d;
    r.outputThroughput = double(r.totalOutputTokens) / d;
    r.totalTokenThroughput = double(r.totalInputTokens + r.totalOutputTokens) / d;
    r.requestGoodput.reset();
    if (slo.any()) {
        // vLLM: an SLO in ms / 1000 >= the request's value, for every SLO given.
        const auto meets = [](const std::optional<double>& ms, double value) { return !ms || *ms / 1000.0 >= value; };
        int good = 0;
        for (qsizetype i = 0; i < ttfts.size(); ++i)
            good
                += meets(slo.ttftMs, ttfts.at(i)) && meets(slo.tpotMs, allTpots.at(i)) && meets(slo.e2elMs, e2els.at(i))
                ? 1
                : 0;
        r.requestGoodput = good / d;
    }
    QList<double> queued, withQueue;
    for (const RequestOutput& o : outputs) {
        if (!o.success)
            continue;
        queued.append(o.queueTime);
        withQueue.append(o.latency + o.queueTime);
    }
    const QMap<QString, const QList<double>*> values = {
        {QStringLiteral("ttft"), &ttfts},
        {QStringLiteral("tpot"), &tpots},
        {QStringLiteral("itl"), &itls},
        {QStringLiteral("e2el"), &e2els},
        {QStringLiteral("client_queue_time"), &queued},
        {QStringLiteral("e2el_including_client_queue"), &withQueue},
    };
    r.metrics.clear();
    for (const QString& m : metrics) {
        if (!values.contains(m))
            continue;
        if (m == QLatin1String("client_queue_time") && !r.maxConcurrency)
            continue;
        if (m == QLatin1String("e2el_including_client_queue") && (!r.maxConcurrency || !std::isfinite(r.requestRate)))
            continue;
        r.metrics.insert(m, summarize(*values.value(m), percentiles));
    }
    r.maxOutputTokensPerS = 0;
    r.maxConcurrentRequests = 0;
    peaks(r, outputs);
}

BenchResult resultSetup(const BenchConfig& config, int numPrompts)
{
    BenchResult r;
    r.date = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    r.backend = config.endpoint == serving::ApiKind::Chat ? QStringLiteral("openai-chat") : QStringLiteral("openai");
    r.label = config.label;
    r.modelId = config.model;
    r.tokenizerId = config.tokenizer.isEmpty() ? config.model : config.tokenizer;
    r.numPrompts = numPrompts;
    r.requestRate = config.requestRate;
    r.burstiness = config.burstiness;
    if (config.maxConcurrency > 0)
        r.maxConcurrency = config.maxConcurrency;
    for (const auto& [key, value] : config.metadata)
        r.extra.insert(key, value);
    return r;
}

} // namespace npufleet::bench
