// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMutex>
#include <random>
#include <vector>

#include "core/serving/SseParser.h"
#include "core/sim/ServingProfile.h"
#include "core/sim/SimulatedHistogram.h"

namespace npufleet::sim {

using serving::SteadyClock;

// When one request's reply goes out, as the simulated engine scheduled it (seconds on the server's
// clock, see SimulatedServer::secondsAt).
struct RequestPlan
{
    quint64 id = 0;
    double arrival = 0;
    double start = 0; // admitted into the running batch (later than arrival while it waits)
    double firstToken = 0;
    double tpot = 0;
    int promptTokens = 0;
    int outputTokens = 1;
    bool lengthCapped = false; // finish_reason "length" rather than "stop"
    bool aborted = false;
    bool ttftObserved = false;

    double tokenAt(int i) const { return firstToken + i * tpot; }
    double end() const { return tokenAt(outputTokens - 1); }
};

// The state of one simulated vLLM server: a continuous-batching scheduler (at most max_num_seqs
// requests per DP rank running, the rest waiting in arrival order; one prefill at a time per rank; a
// decode step that grows with the batch) and the counters and histograms its /metrics shows. Its
// timelines are computed, not slept: a request's plan says when each token goes out, and the exchange
// that plays it sends them then. Thread-safe: the playground, the load generator and the metrics
// poller reach it from their own threads.
class SimulatedServer
{
public:
    explicit SimulatedServer(ServingProfile profile, quint64 seed = 1);

    const ServingProfile& profile() const { return m_profile; }
    double now() const;
    double secondsAt(SteadyClock::time_point t) const;
    SteadyClock::time_point timeAt(double seconds) const;

    // A request arrives now; returns when its tokens go out.
    RequestPlan admit(int promptTokens, int outputTokens, bool lengthCapped);
    // The client went away at `at` (server seconds): the tokens not yet sent are not generated.
    void abort(quint64 id, double at);
    // The /metrics page now, in the Prometheus text format with vLLM's names.
    QByteArray metricsText();

private:
    RequestPlan planLocked(double arrival, int promptTokens, int outputTokens, bool lengthCapped);
    void advanceLocked(double to); // the lab's own traffic up to `to`, and finished requests folded in
    int runningAt(double t) const;

    ServingProfile m_profile;
    SteadyClock::time_point m_epoch; // server second 0
    mutable QMutex m_mutex;
    std::vector<RequestPlan> m_live; // planned, not yet folded into the counters
    std::vector<double> m_prefillFree; // per DP rank: when its prefill is free
    double m_lastStart = 0;
    quint64 m_nextId = 1;
    std::mt19937_64 m_rng;
    double m_nextBackground = 0;
    // Counters of the requests folded in.
    double m_promptTokens = 0;
    double m_generationTokens = 0;
    double m_successLength = 0;
    double m_successStop = 0;
    SimulatedHistogram m_ttft;
    SimulatedHistogram m_e2e;
    SimulatedHistogram m_tpot;
};

} // namespace npufleet::sim
