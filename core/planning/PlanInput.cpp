// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/PlanInput.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include "core/deployment/Rules.h"
#include "core/model/ModelCatalog.h"
#include "core/planning/Calibrate.h"
#include "core/planning/ChipSpecs.h"

namespace npufleet::planning {

Result<model::LoadedModel> PlanInputResolver::loadModel(const project::ModelSource& source, QString* origin)
{
    // A folder here on this machine has the real config and maybe the weights: it wins.
    if (!source.path.isEmpty() && QFileInfo(QDir(source.path).filePath(QStringLiteral("config.json"))).isFile()) {
        *origin = source.path;
        return model::ModelLoader::load(source.path);
    }
    for (const QString& key : {source.catalog, source.hubId}) {
        if (key.isEmpty())
            continue;
        if (const std::optional<model::CatalogEntry> entry = model::ModelCatalog::find(key)) {
            *origin = tr("catalog %1").arg(entry->name);
            return model::ModelLoader::load(entry->name);
        }
    }
    Error e;
    if (!source.catalog.isEmpty())
        e.message = tr("'%1' is not in the built-in catalog").arg(source.catalog);
    else if (!source.path.isEmpty())
        e.message = tr("%1 has no config.json on this machine").arg(QDir::toNativeSeparators(source.path));
    else
        e.message = tr("model '%1' names neither a catalog entry nor a folder").arg(source.id);
    return e;
}

PlanInput PlanInputResolver::resolve(const project::ProjectData& data, const QString& deployment, bool wholeNodes)
{
    PlanInput in;
    in.deployment = deployment;
    const int index = data.deploymentIndex(deployment);
    if (index < 0) {
        in.error = tr("no deployment named '%1'").arg(deployment);
        return in;
    }
    const project::Deployment& d = data.deployments.at(index);
    in.current = d.layout;

    // Cluster shape: one planner node per placed node, as many NPUs as the fullest placement entry.
    QSet<QString> seen;
    int nodes = 0;
    int perNode = 0;
    int nodePerNode = 0;
    qint64 hbmMib = 0;
    bool anyLive = false;
    for (const project::Placement& p : d.placement) {
        if (seen.contains(p.node))
            continue;
        seen.insert(p.node);
        ++nodes;
        perNode = qMax(perNode, int(p.devices.size()));
        in.placedNpus += int(p.devices.size());
        for (int device : p.devices)
            in.npuLabels << QStringLiteral("%1:%2").arg(p.node).arg(device);
        const cluster::Node* node = data.node(p.node);
        if (!node)
            continue;
        const QList<cluster::Accelerator> accelerators = node->accelerators();
        nodePerNode = qMax(nodePerNode, int(accelerators.size()));
        for (const cluster::Accelerator& a : accelerators) {
            if (!p.devices.contains(a.index) || !a.hbmTotalMib || *a.hbmTotalMib <= 0)
                continue;
            // The smallest placed NPU decides: every rank holds the same share.
            hbmMib = hbmMib > 0 ? qMin(hbmMib, *a.hbmTotalMib) : *a.hbmTotalMib;
            anyLive = anyLive || !node->live.accelerators.isEmpty();
        }
    }
    in.nodeNpus = nodes * qMax(nodePerNode, perNode);
    if (nodes == 0 || perNode == 0) {
        in.error = tr("deployment '%1' has no placement: assign NPUs to it first").arg(deployment);
        return in;
    }
    if (hbmMib <= 0) {
        in.error = tr("the placed nodes do not state their HBM per NPU (node hardware or inventory)");
        return in;
    }
    in.nominalHbmGib = double(hbmMib) / 1024.0;
    in.hbmFromLive = anyLive;

    planning::PlanOptions& o = in.options;
    o.nodes = nodes;
    o.npusPerNode = wholeNodes ? qMax(nodePerNode, perNode) : perNode;
    o.hbmGib = in.nominalHbmGib * PlanInput::kRuntimeHbmShare;
    o.maxModelLen = qMax(0, d.serving.maxModelLen);
    o.gpuMemoryUtilization = deployment::memoryUtilization(d);
    if (d.engine == project::Engine::VllmCuda)
        o.platform = planning::Platform::Cuda;
    // Speeds: the serving node's chip, the deployment's --max-num-seqs.
    if (const int serving = data.servingPlacement(d); serving >= 0) {
        if (const cluster::Node* node = data.node(d.placement.at(serving).node))
            o.chip = node->hardware.chip;
    }
    if (d.serving.maxNumSeqs > 0)
        o.workload.maxNumSeqs = d.serving.maxNumSeqs;
    // A correction measured on this chip with this engine (plan --calibrate, the panel's "Use as correction").
    const ChipSpec* chip = findChip(o.chip);
    in.calibration
        = Calibrator::find(data.calibrations, chip ? chip->key : defaultChip(o.platform, o.hbmGib).key, d.engine);
    if (in.calibration)
        o.speedCorrection = in.calibration->speedCorrection;

    const project::ModelSource* source = data.model(d.model);
    if (!source) {
        in.error = tr("model config not available: the project has no model '%1'").arg(d.model);
        return in;
    }
    if (const std::optional<model::QuantScheme> q = model::quantSchemeFromKey(source->quantization))
        o.quant = *q;
    Result<model::LoadedModel> loaded = loadModel(*source, &in.modelOrigin);
    if (!loaded) {
        in.error = tr("model config not available: %1").arg(loaded.error().message);
        return in;
    }
    in.model = std::move(*loaded);
    return in;
}

} // namespace npufleet::planning
