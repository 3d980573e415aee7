// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "core/model/ModelLoader.h"
#include "core/planning/ChipSpecs.h"
#include "core/planning/MemoryEstimator.h"
#include "core/planning/PlanOptions.h"
#include "core/planning/Prediction.h"

namespace npufleet::planning {

// Predicts throughput, TTFT and TPOT of a layout at a workload from the model's shapes and the chip's
// data sheet (docs/planner.md, "Speed"): decode steps bounded by HBM (weights of the experts the batch
// visits, KV cache) or compute, TP all-reduce over HCCS or the network, MoE dispatch/combine, PP
// hand-over and bubbles; prefill steps that interrupt decode (all DP ranks at once for MoE); the batch
// capped by the KV cache and --max-num-seqs; queueing beyond it.
class PerformanceModel
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::planning::PerformanceModel)

public:
    PerformanceModel(const model::LoadedModel& model, const model::QuantSpec& quant, const PlanOptions& options);
    // With a chip of one's own (hardware not in the table, tests).
    PerformanceModel(const model::LoadedModel& model,
                     const model::QuantSpec& quant,
                     const PlanOptions& options,
                     const ChipSpec& chip);

    // At the options' workload; invalid when the layout does not fit.
    Prediction predict(const MemoryEstimator& estimator, const Layout& layout, const NpuMemory& memory) const;
    Prediction predict(const MemoryEstimator& estimator,
                       const Layout& layout,
                       const NpuMemory& memory,
                       const Workload& workload) const;

    const ChipSpec& chip() const { return m_chip; }
    bool chipGuessed() const { return m_chipGuessed; } // no --chip / node chip matched: the default was taken

private:
    void setChip(const ChipSpec& chip);
    // What one NPU of the fullest pipeline stage holds and does per token.
    struct Stage
    {
        int layers = 0;
        int moeLayers = 0;
        double fixedReadBytes = 0; // read whole every step
        double routedBytes = 0; // routed experts: read as far as the batch visits them
        double kvBytesPerToken = 0;
        double linearFlopsPerToken = 0; // per NPU: attention, dense MLP, shared experts, lm_head (split by TP)
        double expertFlopsPerToken = 0; // the routed experts a token visits, whole (spread over TP x DP ranks)
        double attentionFlopsPerContextToken = 0; // per NPU, per token of context
    };
    struct Tokens
    {
        double decode = 0; // sequences decoding in this step (per DP group and micro-batch)
        double perSequence = 1; // tokens each decodes (2 with an MTP draft to verify)
        double context = 0; // their mean context length
        double prefill = 0; // prompt tokens prefilled in the same step
        double groups = 1; // DP groups stepping together (their tokens meet in the MoE layers)
        bool eager = false; // not captured in a graph
    };

    Stage stageOf(const MemoryEstimator& estimator, const Layout& layout) const;
    StepTime step(const Layout& layout, const Stage& stage, const Tokens& tokens) const;
    double groupBandwidth(int ranks) const;
    double collectiveUs(double bytes, double share, int ranks, bool crossNode) const;
    void describe(Prediction& p,
                  const Layout& layout,
                  double wantedPerGroup,
                  double kvCap,
                  double bubbleUs,
                  double stallUs) const;

    model::ModelSpec m_spec;
    model::ParameterCount m_params;
    model::QuantSpec m_quant;
    PlanOptions m_options;
    ChipSpec m_chip;
    bool m_chipGuessed = false;
    double m_activeLinearParams = 0; // per token, the input embedding (a lookup) and routed experts left out
    double m_activeExpertParams = 0; // per token over all MoE layers
    double m_computeRate = 0; // matrix operations per second at the weights' precision
};

} // namespace npufleet::planning
