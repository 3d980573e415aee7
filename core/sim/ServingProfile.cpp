// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/ServingProfile.h"

#include <algorithm>

#include "core/planning/PlanInput.h"
#include "core/planning/Planner.h"
#include "core/project/ProjectData.h"

namespace npufleet::sim {

namespace {

// Dense FP16/BF16 peak per NPU, from the vendors' data sheets.
double peakFlops(const QString& chip)
{
    const QString c = chip.toUpper();
    if (c.startsWith(QLatin1String("910B1")) || c.startsWith(QLatin1String("910B2")))
        return 350e12;
    if (c.startsWith(QLatin1String("910B3")))
        return 313e12;
    if (c.startsWith(QLatin1String("310P")))
        return 70e12;
    if (c.startsWith(QLatin1String("910")))
        return 280e12; // 910B4 and the older 910 are close
    return 280e12;
}

} // namespace

ServingProfile profileFor(const project::ProjectData& data, const project::Deployment& d)
{
    ServingProfile p;
    p.deployment = d.name;
    p.servedModel = d.serving.servedModelName;
    if (const project::ModelSource* m = data.model(d.model)) {
        p.modelRoot = m->path;
        if (p.servedModel.isEmpty())
            p.servedModel = m->name; // as the recipes serve it (DeploymentEndpoints)
    }
    p.tp = std::max(1, d.layout.tp);
    p.pp = std::max(1, d.layout.pp);
    p.dp = std::max(1, d.layout.dp);
    if (d.serving.maxModelLen > 0)
        p.maxModelLen = d.serving.maxModelLen;
    if (d.serving.maxNumSeqs > 0)
        p.maxNumSeqs = d.serving.maxNumSeqs;
    if (const int serving = data.servingPlacement(d); serving >= 0) {
        p.node = d.placement.at(serving).node;
        if (const cluster::Node* n = data.node(p.node))
            p.chip = n->hardware.chip;
    }
    // A lab's server has been up for a while and other people use it.
    p.backgroundRate = 0.5 * p.dp;
    p.uptime = 45 * 60;

    const planning::PlanInput in = planning::PlanInputResolver::resolve(data, d.name, false);
    if (!in.model || !in.error.isEmpty())
        return p; // the defaults: a mid-sized model on a few NPUs
    const planning::Planner planner(*in.model, in.options);
    const planning::PlanResult plan = planner.evaluate(in.current);
    // Decode: the planner's step estimate (active weights at HBM speed plus collectives) reaches about
    // half of its peak in eager vLLM-Ascend, plus the framework's fixed cost per step.
    if (plan.communicationCost > 0)
        p.tpot = 2.0 * plan.communicationCost * 1e-6 + 0.012;
    if (plan.totalKvTokens() > 0)
        p.kvTokens = plan.totalKvTokens();
    if (in.options.maxModelLen > 0 && d.serving.maxModelLen <= 0)
        p.maxModelLen = in.options.maxModelLen;
    // Prefill: two FLOPs per active parameter and token, at a quarter of the rank's peak.
    const double active = double(std::max<qint64>(1, in.model->params.active));
    p.prefillTokensPerS = p.tp * p.pp * peakFlops(p.chip) * 0.25 / (2.0 * active);
    return p;
}

} // namespace npufleet::sim
