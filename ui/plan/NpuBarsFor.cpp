// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/NpuBarsFor.h"

#include "core/planning/Units.h"

namespace npufleet::ui {

QList<NpuBar> npuBarsFor(const planning::PlanResult& plan, const planning::MemoryEstimator& est, const planning::PlanInput& input)
{
    QList<NpuBar> bars;
    const project::Layout& l = plan.layout;
    const double overheadCommon = est.activationBytes(l) + est.nonTorchBytes(l);
    const double total = input.options.hbmGib * planning::kGiB;
    // Per stage: weights differ with the layers each holds; every stage keeps as many KV tokens as
    // the tightest one (vLLM takes the minimum over workers).
    QList<double> stageWeights;
    int fullestStage = 0;
    for (int stage = 0; stage < l.pp; ++stage) {
        stageWeights << est.weightBytes(l, stage);
        if (stageWeights.last() > stageWeights.at(fullestStage))
            fullestStage = stage;
    }
    const int perGroup = l.tp * l.pp;
    for (int rank = 0; rank < l.npus(); ++rank) {
        NpuBar b;
        if (rank < input.npuLabels.size()) {
            const QString& label = input.npuLabels.at(rank);
            const qsizetype colon = label.lastIndexOf(QLatin1Char(':'));
            b.node = label.left(colon);
            b.device = label.mid(colon + 1);
        } else {
            b.device = QStringLiteral("+%1").arg(rank - input.npuLabels.size() + 1); // beyond the placement
        }
        b.stage = (rank % perGroup) / l.tp;
        b.weightBytes = stageWeights.at(b.stage);
        b.kvBytes = double(qMax<qint64>(0, plan.memory.kvTokens)) * est.kvBytesPerToken(l, b.stage);
        b.overheadBytes = overheadCommon + est.graphBytes(l, b.stage);
        b.totalBytes = total;
        b.fullest = l.pp > 1 && b.stage == fullestStage; // with one stage every NPU is alike
        bars << b;
    }
    return bars;
}

} // namespace npufleet::ui
