// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/SimulatedServer.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace npufleet::sim {

namespace {

// The lab's traffic swells and ebbs over four minutes, so that a monitor has something to show.
double backgroundRateAt(double base, double t)
{
    return base * (1.0 + 0.5 * std::sin(2.0 * std::numbers::pi * t / 240.0));
}

} // namespace

SimulatedServer::SimulatedServer(ServingProfile profile, quint64 seed)
    : m_profile(std::move(profile))
    , m_epoch(SteadyClock::now()
              - std::chrono::duration_cast<SteadyClock::duration>(std::chrono::duration<double>(m_profile.uptime)))
    , m_prefillFree(size_t(std::max(1, m_profile.dp)), 0.0)
    , m_rng(seed)
    , m_ttft(SimulatedHistogram::ttftBounds())
    , m_e2e(SimulatedHistogram::e2eBounds())
    , m_tpot(SimulatedHistogram::tpotBounds())
{
    m_profile.dp = int(m_prefillFree.size());
    m_profile.maxNumSeqs = std::max(1, m_profile.maxNumSeqs);
    m_profile.prefillTokensPerS = std::max(1.0, m_profile.prefillTokensPerS);
    m_profile.kvTokens = std::max(1.0, m_profile.kvTokens);
    m_profile.tpot = std::max(1e-4, m_profile.tpot);
}

double SimulatedServer::secondsAt(SteadyClock::time_point t) const
{
    return std::chrono::duration<double>(t - m_epoch).count();
}

SteadyClock::time_point SimulatedServer::timeAt(double seconds) const
{
    return m_epoch + std::chrono::duration_cast<SteadyClock::duration>(std::chrono::duration<double>(seconds));
}

double SimulatedServer::now() const
{
    return secondsAt(SteadyClock::now());
}

RequestPlan SimulatedServer::admit(int promptTokens, int outputTokens, bool lengthCapped)
{
    const QMutexLocker lock(&m_mutex);
    const double t = now();
    advanceLocked(t);
    return planLocked(t, promptTokens, outputTokens, lengthCapped);
}

int SimulatedServer::runningAt(double t) const
{
    int n = 0;
    for (const RequestPlan& r : m_live)
        if (r.start <= t && t < r.end())
            ++n;
    return n;
}

RequestPlan SimulatedServer::planLocked(double arrival, int promptTokens, int outputTokens, bool lengthCapped)
{
    RequestPlan r;
    r.id = m_nextId++;
    r.arrival = arrival;
    r.promptTokens = std::max(0, promptTokens);
    r.outputTokens = std::max(1, outputTokens);
    r.lengthCapped = lengthCapped;
    // Admission in arrival order, at most max_num_seqs per rank in the batch: wait for the slot that
    // frees first once everything admitted before has started.
    const double from = std::max(arrival, m_lastStart);
    std::vector<double> ends;
    for (const RequestPlan& o : m_live)
        if (o.end() > from)
            ends.push_back(o.end());
    const size_t capacity = size_t(m_profile.maxNumSeqs) * size_t(m_profile.dp);
    r.start = from;
    if (ends.size() >= capacity) {
        std::sort(ends.begin(), ends.end());
        r.start = ends.at(ends.size() - capacity);
    }
    m_lastStart = r.start;
    // One prefill at a time per rank; the rank that frees first takes it.
    auto rank = std::min_element(m_prefillFree.begin(), m_prefillFree.end());
    const double prefillStart = std::max(r.start, *rank);
    *rank = prefillStart + r.promptTokens / m_profile.prefillTokensPerS;
    r.firstToken = *rank + m_profile.prefillOverhead;
    const double perRank = double(runningAt(r.start)) / m_profile.dp;
    r.tpot = m_profile.tpot * (1.0 + m_profile.tpotGrowth * perRank);
    m_live.push_back(r);
    return r;
}

void SimulatedServer::abort(quint64 id, double at)
{
    const QMutexLocker lock(&m_mutex);
    for (RequestPlan& r : m_live) {
        if (r.id != id || r.end() <= at)
            continue;
        r.aborted = true;
        // The tokens sent so far were generated; nothing after.
        const int sent = at < r.firstToken ? 0 : int(std::floor((at - r.firstToken) / r.tpot)) + 1;
        r.outputTokens = std::max(1, std::min(r.outputTokens, sent));
        if (at < r.firstToken) { // never got to its first token: gone at once
            r.firstToken = at;
            r.ttftObserved = true; // vLLM observes no TTFT for it
            r.promptTokens = 0;
        }
    }
}

void SimulatedServer::advanceLocked(double to)
{
    // Other users of the lab: a Poisson process of the swelling rate (by thinning), with chat-like
    // prompt and reply lengths.
    if (m_profile.backgroundRate > 0) {
        const double peak = m_profile.backgroundRate * 1.5;
        std::exponential_distribution<double> gap(peak);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        if (m_nextBackground <= 0)
            m_nextBackground = gap(m_rng);
        while (m_nextBackground <= to) {
            const double t = m_nextBackground;
            m_nextBackground += gap(m_rng);
            if (unit(m_rng) * peak > backgroundRateAt(m_profile.backgroundRate, t))
                continue;
            const int prompt = int(std::exp(std::log(150.0) + unit(m_rng) * std::log(3000.0 / 150.0)));
            const int output = int(std::exp(std::log(40.0) + unit(m_rng) * std::log(800.0 / 40.0)));
            planLocked(t, prompt, output, false);
        }
    }
    // Fold in what is over: TTFT when the first token went out, the rest when the reply ended.
    for (RequestPlan& r : m_live) {
        if (!r.ttftObserved && r.firstToken <= to) {
            r.ttftObserved = true;
            m_ttft.observe(r.firstToken - r.arrival);
        }
    }
    const auto over = [to](const RequestPlan& r) { return r.end() <= to; };
    for (const RequestPlan& r : m_live) {
        if (!over(r))
            continue;
        m_promptTokens += r.promptTokens;
        m_generationTokens += r.outputTokens;
        if (r.aborted)
            continue;
        (r.lengthCapped ? m_successLength : m_successStop) += 1;
        m_e2e.observe(r.end() - r.arrival);
        if (r.outputTokens > 1)
            m_tpot.observe(r.tpot, r.outputTokens - 1);
    }
    m_live.erase(std::remove_if(m_live.begin(), m_live.end(), over), m_live.end());
}

QByteArray SimulatedServer::metricsText()
{
    const QMutexLocker lock(&m_mutex);
    const double t = now();
    advanceLocked(t);
    double running = 0;
    double waiting = 0;
    double kvInUse = 0;
    double promptTokens = m_promptTokens;
    double generationTokens = m_generationTokens;
    for (const RequestPlan& r : m_live) {
        if (r.arrival <= t && t < r.start)
            ++waiting;
        if (r.start <= t) {
            ++running;
            const int generated
                = t < r.firstToken ? 0 : std::min(r.outputTokens, int(std::floor((t - r.firstToken) / r.tpot)) + 1);
            kvInUse += r.promptTokens + generated;
            if (t >= r.firstToken) {
                promptTokens += r.promptTokens;
                generationTokens += generated;
            }
        }
    }
    const QByteArray labels = "engine=\"0\",model_name=\"" + m_profile.servedModel.toUtf8() + '"';
    QByteArray out;
    const auto family = [&out](const char* name, const char* type, const char* help) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    };
    const auto sample = [&out, &labels](const char* name, double value) {
        out += QByteArray(name) + '{' + labels + "} " + promNumber(value) + '\n';
    };
    family("vllm:num_requests_running", "gauge", "Number of requests in model execution batches.");
    sample("vllm:num_requests_running", running);
    family("vllm:num_requests_waiting", "gauge", "Number of requests waiting to be processed.");
    sample("vllm:num_requests_waiting", waiting);
    family("vllm:gpu_cache_usage_perc", "gauge", "GPU KV-cache usage. 1 means 100 percent usage.");
    sample("vllm:gpu_cache_usage_perc", std::min(1.0, kvInUse / m_profile.kvTokens));
    family("vllm:prompt_tokens_total", "counter", "Number of prefill tokens processed.");
    sample("vllm:prompt_tokens_total", promptTokens);
    family("vllm:generation_tokens_total", "counter", "Number of generation tokens processed.");
    sample("vllm:generation_tokens_total", generationTokens);
    family("vllm:request_success_total", "counter", "Count of successfully processed requests.");
    out += "vllm:request_success_total{" + labels + ",finished_reason=\"length\"} " + promNumber(m_successLength)
        + '\n';
    out += "vllm:request_success_total{" + labels + ",finished_reason=\"stop\"} " + promNumber(m_successStop) + '\n';
    family("vllm:time_to_first_token_seconds", "histogram", "Histogram of time to first token in seconds.");
    out += m_ttft.lines("vllm:time_to_first_token_seconds", labels);
    family("vllm:time_per_output_token_seconds", "histogram", "Histogram of time per output token in seconds.");
    out += m_tpot.lines("vllm:time_per_output_token_seconds", labels);
    family("vllm:e2e_request_latency_seconds", "histogram", "Histogram of e2e request latency in seconds.");
    out += m_e2e.lines("vllm:e2e_request_latency_seconds", labels);
    return out;
}

} // namespace npufleet::sim
