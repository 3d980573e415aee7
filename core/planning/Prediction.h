// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace npufleet::planning {

// What holds a layout back at the predicted workload.
enum class Limit {
    None,
    KvCapacity, // the KV cache holds fewer requests than the workload sends
    MaxNumSeqs, // --max-num-seqs caps the running batch
    Weights, // decode reads the weights from HBM
    KvRead, // decode reads the KV cache from HBM
    Compute, // matrix units
    TpAllReduce, // TP collectives inside a node
    TpCrossNode, // TP collectives over the network
    EpAllToAll, // MoE dispatch / combine
    PipelineBubble, // fewer requests than pipeline stages
    PrefillStall, // prefill steps (in DP lockstep) slow decode down
    Overhead, // fixed cost per kernel launch
};

// One decode (or mixed) step of one pipeline stage, split into its parts, in microseconds.
struct StepTime
{
    double weightsUs = 0; // weight bytes read at HBM speed
    double kvUs = 0; // KV-cache bytes read at HBM speed
    double computeUs = 0; // FLOPs at the matrix units' speed
    double tpUs = 0;
    double epUs = 0;
    double ppUs = 0; // hand-over to the next stage
    double overheadUs = 0; // kernel launches (graph mode), plus host dispatch when eager
    bool tpCrossNode = false;
    bool epCrossNode = false;

    double memoryUs() const { return weightsUs + kvUs; }
    double totalUs() const;
};

// The predicted speed of one layout at one workload (PerformanceModel).
struct Prediction
{
    bool valid = false;
    double outputTokS = 0; // output tokens/s of the whole deployment (sustained, as vllm bench reports it)
    double perUserTokS = 0; // 1 / TPOT
    double ttftMs = 0; // mean time to first token, queueing in the server included
    double tpotMs = 0; // mean time per output token after the first
    double peakOutputTokS = 0; // decode-only steps (no prefill): vllm bench's "peak output token throughput"
    double e2eMs = 0; // one admitted request: TTFT without queueing + (output - 1) x TPOT
    int concurrency = 0; // requests served at once over all DP groups
    int batchPerGroup = 0; // running requests per DP group
    Limit limit = Limit::None;
    StepTime decode; // one decode step of the fullest stage
    QString limitText; // the limit in words, translated
};

} // namespace npufleet::planning
