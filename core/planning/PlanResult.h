// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/planning/MemoryEstimator.h"
#include "core/planning/PlanOptions.h"
#include "core/planning/Prediction.h"

namespace npufleet::planning {

// One evaluated layout: one row of the plan table.
struct PlanResult
{
    Layout layout;
    int npus = 0;
    int nodes = 0;
    NpuMemory memory;
    Prediction predicted; // speed at the options' workload; invalid when the layout does not fit
    double communicationCost = 0; // rough decode step time in us (weight reads + collectives): lower is better
    bool tpCrossesNodes = false;
    bool extraPipelineStages = false; // more PP stages than nodes: pipeline bubbles without a reason
    QStringList warnings;
    QString reason; // one line: why it ranks where it does

    double weightsGib() const;
    double kvCacheGib() const;
    double shortGib() const;
    bool fits() const { return memory.fits; }
    // KV tokens over all DP groups: what the layout serves at once.
    double totalKvTokens() const { return static_cast<double>(memory.kvTokens) * layout.dp; }
};

// What the report says about the model itself.
struct ModelSummary
{
    QString name;
    QString hubId;
    qint64 paramsTotal = 0;
    qint64 paramsActive = 0;
    qint64 paramsMtp = 0;
    QString quant; // bf16, fp8, w8a8, ...
    double bytesPerParam = 0; // weight bytes of the model proper / params_total
    double kvBytesPerToken = 0; // whole model, one NPU (TP1, PP1)
    int maxModelLen = 0;
    QStringList warnings;
};

struct PlanReport
{
    ModelSummary model;
    PlanOptions options;
    QString chip; // the chip the speeds are predicted for (ChipSpecs key)
    QList<PlanResult> plans; // best first
    bool anyFits() const;
};

} // namespace npufleet::planning
