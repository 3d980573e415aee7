// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/PlacementEvaluator.h"

#include <algorithm>
#include <climits>

#include "core/deployment/Rules.h"
#include "core/planning/PlanInput.h"
#include "core/planning/Planner.h"

namespace npufleet::planning {

int PlacementChoice::npus() const
{
    int n = 0;
    for (const project::Placement& p : placement)
        n += int(p.devices.size());
    return n;
}

project::Layout PlacementChoice::layout() const
{
    return plan ? plan->layout : project::Layout {};
}

PlacementEvaluator::PlacementEvaluator(const project::ProjectData& data)
    : m_data(data)
{
}

Fit PlacementEvaluator::fitOf(const PlanResult& result)
{
    if (!result.fits())
        return Fit::NoFit;
    return result.memory.maxConcurrency * result.layout.dp < kTightConcurrency ? Fit::Tight : Fit::Fits;
}

Result<model::LoadedModel> PlacementEvaluator::model(const QString& modelId) const
{
    if (const auto it = m_models.constFind(modelId); it != m_models.constEnd())
        return *it;
    if (const auto it = m_errors.constFind(modelId); it != m_errors.constEnd()) {
        Error e;
        e.message = *it;
        return e;
    }
    const project::ModelSource* source = m_data.model(modelId);
    if (!source) {
        m_errors.insert(modelId, tr("the project has no model '%1'").arg(modelId));
        return model(modelId);
    }
    QString origin;
    Result<model::LoadedModel> loaded = PlanInputResolver::loadModel(*source, &origin);
    if (loaded)
        m_models.insert(modelId, *loaded);
    else
        m_errors.insert(modelId, loaded.error().message);
    return loaded;
}

PlacementChoice PlacementEvaluator::evaluate(const project::Deployment& deployment,
                                             QList<project::Placement> devices) const
{
    PlacementChoice c;
    // Equal nodes only: trim every node to the smallest count, lowest devices kept.
    int perNode = INT_MAX;
    devices.removeIf([](const project::Placement& p) { return p.devices.isEmpty(); });
    for (project::Placement& p : devices) {
        std::sort(p.devices.begin(), p.devices.end());
        perNode = qMin(perNode, int(p.devices.size()));
    }
    if (devices.isEmpty()) {
        c.reason = tr("no NPUs chosen");
        return c;
    }
    qint64 hbmMib = 0;
    for (project::Placement& p : devices) {
        p.devices = p.devices.mid(0, perNode);
        const cluster::Node* node = m_data.node(p.node);
        if (!node)
            continue;
        for (const cluster::Accelerator& a : node->accelerators()) {
            if (p.devices.contains(a.index) && a.hbmTotalMib && *a.hbmTotalMib > 0)
                hbmMib = hbmMib > 0 ? qMin(hbmMib, *a.hbmTotalMib) : *a.hbmTotalMib;
        }
    }
    c.placement = devices;
    if (hbmMib <= 0) {
        c.reason = tr("the chosen nodes do not state their HBM per NPU");
        return c;
    }
    // Memory other processes hold where the engine needs it: the engine would not start, whatever the layout.
    if (const QList<deployment::RuleViolation> held = deployment::checkMemoryInUse(m_data, deployment, devices);
        !held.isEmpty()) {
        c.reason = held.first().message;
        return c;
    }
    const project::ModelSource* source = m_data.model(deployment.model);
    Result<model::LoadedModel> loaded = model(deployment.model);
    if (!loaded) {
        c.reason = tr("model config not available: %1").arg(loaded.error().message);
        return c;
    }

    PlanOptions o;
    o.nodes = int(devices.size());
    o.npusPerNode = perNode;
    o.hbmGib = double(hbmMib) / 1024.0 * PlanInput::kRuntimeHbmShare;
    o.maxModelLen = qMax(0, deployment.serving.maxModelLen);
    o.gpuMemoryUtilization = deployment::memoryUtilization(deployment);
    if (deployment.engine == project::Engine::VllmCuda)
        o.platform = Platform::Cuda;
    if (const cluster::Node* node = m_data.node(devices.first().node))
        o.chip = node->hardware.chip;
    if (deployment.serving.maxNumSeqs > 0)
        o.workload.maxNumSeqs = deployment.serving.maxNumSeqs;
    if (source) {
        if (const std::optional<model::QuantScheme> q = model::quantSchemeFromKey(source->quantization))
            o.quant = *q;
    }
    const QString key = QStringLiteral("%1|%2x%3|%4|%5|%6|%7|%8|%9|%10")
                            .arg(deployment.model)
                            .arg(o.nodes)
                            .arg(o.npusPerNode)
                            .arg(hbmMib)
                            .arg(o.maxModelLen)
                            .arg(o.gpuMemoryUtilization)
                            .arg(int(o.platform))
                            .arg(int(o.quant))
                            .arg(o.chip)
                            .arg(o.workload.maxNumSeqs);
    if (const auto it = m_choices.constFind(key); it != m_choices.constEnd()) {
        PlacementChoice cached = *it;
        cached.placement = devices;
        return cached;
    }

    const Planner planner(*loaded, o);
    const Result<PlanReport> report = planner.run();
    if (!report) {
        c.reason = report.error().message;
    } else if (report->plans.isEmpty()) {
        c.reason = tr("no TP x PP x DP layout that the engine accepts uses exactly %n NPU(s)", nullptr, c.npus());
    } else {
        c.plan = report->plans.first();
        c.fit = fitOf(*c.plan);
        const Layout& l = c.plan->layout;
        const QString layout = tr("TP%1 PP%2 DP%3%4").arg(l.tp).arg(l.pp).arg(l.dp).arg(l.ep ? tr(" EP") : QString());
        switch (c.fit) {
        case Fit::Fits:
            c.reason = tr("%1 %2").arg(layout, c.plan->reason);
            break;
        case Fit::Tight:
            c.reason = tr("tight: %1 %2").arg(layout, c.plan->reason);
            break;
        case Fit::NoFit:
            c.reason = tr("%1 on %n NPU(s): %2", nullptr, c.npus()).arg(layout, c.plan->reason);
            break;
        }
    }
    m_choices.insert(key, c);
    return c;
}

} // namespace npufleet::planning
