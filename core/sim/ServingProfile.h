// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace npufleet::project {
struct Deployment;
struct ProjectData;
} // namespace npufleet::project

namespace npufleet::sim {

// How a simulated vLLM server of one deployment behaves: its names, its limits and its speed.
// Figures are per DP rank unless noted; times in seconds.
struct ServingProfile
{
    QString servedModel; // what /v1/models lists and requests must name
    QString modelRoot; // the model folder, as vLLM lists it under "root"
    QString deployment;
    QString node;
    QString chip; // 910B4, …
    int tp = 1;
    int pp = 1;
    int dp = 1;
    int maxModelLen = 32768;
    int maxNumSeqs = 256; // per DP rank, as vLLM's --max-num-seqs
    double kvTokens = 200000; // KV-cache capacity, all ranks
    double tpot = 0.03; // one decode step with one request running
    double tpotGrowth = 1.0 / 64; // the step grows by this share per request running on the rank
    double prefillTokensPerS = 20000; // one rank's prefill speed
    double prefillOverhead = 0.03; // scheduling, sampling, the first detokenize
    double backgroundRate = 0; // requests/s from other users of the lab; 0: only our own traffic
    double uptime = 0; // seconds the server has been up when first reached (its counters start there)

    // TTFT of a lone request with this many prompt tokens.
    double idleTtft(int promptTokens) const { return prefillOverhead + promptTokens / prefillTokensPerS; }
};

// The profile of a deployment of a (demo) project: speeds from the planner's estimate of its model and
// layout on its nodes' chips, the lab's background traffic on.
ServingProfile profileFor(const project::ProjectData& data, const project::Deployment& deployment);

} // namespace npufleet::sim
