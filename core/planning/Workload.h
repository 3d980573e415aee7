// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace npufleet::planning {

// The traffic a prediction is made for: a closed loop of this many users, each sending a prompt of
// inputLen tokens and reading outputLen tokens, then sending the next (vllm bench serve --max-concurrency).
struct Workload
{
    static constexpr int kDefaultConcurrency = 64;
    static constexpr int kDefaultInputLen = 1024;
    static constexpr int kDefaultOutputLen = 256;
    static constexpr int kDefaultMaxNumSeqs = 256; // vLLM's --max-num-seqs default

    int concurrency = kDefaultConcurrency;
    int inputLen = kDefaultInputLen;
    int outputLen = kDefaultOutputLen;
    int maxNumSeqs = kDefaultMaxNumSeqs; // per DP rank
};

// What the ranking optimizes. Throughput: output tokens/s of the deployment. Latency: how long one
// admitted request takes (TTFT + output x TPOT). Balanced: the product of total and per-user speed.
enum class Objective { Throughput, Latency, Balanced };

QString objectiveKey(Objective objective); // throughput, latency, balanced
std::optional<Objective> objectiveFromKey(const QString& key);

} // namespace npufleet::planning
