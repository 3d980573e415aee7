// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "core/model/ModelLoader.h"
#include "core/planning/PlanOptions.h"

namespace npufleet::planning {

// Memory of one NPU under a layout. Where PP stages differ: weights of the fullest stage, KV of
// the stage that holds the fewest tokens (vLLM takes the minimum over workers).
struct NpuMemory
{
    double weightBytes = 0;
    double activationBytes = 0; // peak of the profiling forward pass
    double nonTorchBytes = 0; // HCCL/NCCL buffers and runtime allocations outside torch
    double graphBytes = 0; // captured ACL/CUDA graphs
    double kvBudgetBytes = 0; // what is left for the KV cache (or --kv-cache-memory)
    double kvBytesPerToken = 0;
    qint64 kvBlocks = 0;
    qint64 kvTokens = 0;
    double maxConcurrency = 0; // blocks / blocks per max_model_len request, as vLLM prints it
    bool fits = false;
    double shortBytes = 0; // > 0 when it does not fit: memory missing per NPU
};

// The per-NPU memory model (see docs/planner.md for each term and where its value comes from).
class MemoryEstimator
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::planning::MemoryEstimator)

public:
    MemoryEstimator(const model::LoadedModel& model, const PlanOptions& options);

    NpuMemory estimate(const Layout& layout) const;
    // The budget left for KV cache on one stage, the rest being known.
    NpuMemory fromBudget(const Layout& layout, int stage, double kvBudgetBytes) const;

    double weightBytes(const Layout& layout, int stage) const;
    double kvBytesPerToken(const Layout& layout, int stage) const;
    double activationBytes(const Layout& layout) const;
    double nonTorchBytes(const Layout& layout) const;
    double graphBytes(const Layout& layout, int stage) const;
    // Parts of weightBytes() the performance model reads differently: the routed experts of the stage
    // (a decode step reads only the experts its tokens visit) and the input embedding of stage 0 (looked
    // up, not read whole).
    double routedExpertBytes(const Layout& layout, int stage) const;
    double embeddingBytes(const Layout& layout) const;
    int moeLayersOnStage(const Layout& layout, int stage) const;

    // Decoder layers per PP stage, as vLLM's get_pp_indices splits them.
    static QList<int> stageLayerCounts(int numLayers, int pp);

    const model::QuantSpec& quant() const { return m_quant; }
    double modelWeightBytes() const { return m_mainBytes; } // the whole model proper, unsplit
    int maxModelLen() const { return m_maxModelLen; }
    const QStringList& notes() const { return m_notes; }

private:
    double splitBytes(model::WeightPart part, double bytes, const Layout& layout) const;
    double layerBytes(const model::PartValues& params, const Layout& layout) const;
    model::PartValues bytesOf(const model::PartValues& params) const;

    model::LoadedModel m_model;
    PlanOptions m_options;
    model::QuantSpec m_quant;
    model::PartValues m_bytesPerParam; // file scale included
    double m_mainBytes = 0;
    int m_maxModelLen = 0;
    QStringList m_notes;
};

} // namespace npufleet::planning
