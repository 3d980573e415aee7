// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The rules that read the model: its attention heads and the memory each NPU needs for the layout as saved.
#include <algorithm>

#include "core/deployment/RuleFamilies.h"
#include "core/planning/PlanInput.h"
#include "core/planning/Planner.h"
#include "core/planning/Units.h"

namespace npufleet::deployment {

void checkWithModel(const project::ProjectData& project,
                    const project::Deployment& d,
                    QList<RuleViolation>& out,
                    QList<NpuUse>& uses)
{
    const planning::PlanInput in = planning::PlanInputResolver::resolve(project, d.name, false);
    const int heads = in.model ? in.model->spec.numHeads : 0;
    const qsizetype first = out.size();
    out << checkDeployment(project, d, heads);
    const bool broken = std::any_of(out.cbegin() + first, out.cend(),
                                    [](const RuleViolation& v) { return v.severity == Severity::Error; });

    out << checkMemoryInUse(project, d, d.placement); // needs no model: what others hold is live
    QList<NpuUse> mine;
    for (const project::Placement& p : d.placement) {
        for (int device : p.devices)
            mine << NpuUse {p.node, device, d.name};
    }
    if (d.placement.isEmpty() || !project.model(d.model)) { // already said by placement-empty or model-missing
        uses << mine;
        return;
    }
    if (!in.error.isEmpty() || !in.model) {
        out << violation("memory-unknown", d, {}, RuleText::tr("memory not estimated: %1").arg(in.error),
                         RuleText::tr("give the model a folder with its config.json here, or a catalog entry"));
        uses << mine;
        return;
    }
    if (broken) { // an estimate for a layout the placement does not hold would mislead
        uses << mine;
        return;
    }
    const planning::Planner planner(*in.model, in.options);
    const planning::PlanResult plan = planner.evaluate(in.current);
    const planning::MemoryEstimator& est = planner.estimator();
    const planning::Layout& l = plan.layout;
    const double common = est.activationBytes(l) + est.nonTorchBytes(l);
    for (int rank = 0; rank < mine.size(); ++rank) {
        NpuUse& u = mine[rank];
        const int stage = (rank % (l.tp * l.pp)) / l.tp;
        u.estimated = true;
        u.weightBytes = est.weightBytes(l, stage);
        u.kvBytes = double(qMax<qint64>(0, plan.memory.kvTokens)) * est.kvBytesPerToken(l, stage);
        u.overheadBytes = common + est.graphBytes(l, stage);
        u.totalBytes = in.options.hbmGib * planning::kGiB;
    }
    uses << mine;
    if (!plan.fits() && plan.memory.shortBytes > 0)
        out << violation("memory-over-budget", d, {},
                         RuleText::tr("over the HBM budget by %1 GiB per NPU (weights %2 GiB per NPU)")
                             .arg(plan.shortGib(), 0, 'f', 2)
                             .arg(plan.weightsGib(), 0, 'f', 2),
                         RuleText::tr("use more NPUs (Plan lists the layouts that fit), a shorter max-model-len or "
                                      "a quantized model"));
}

} // namespace npufleet::deployment
