// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recipes/RecipeContext.h"

#include <QSet>

#include "core/project/ProjectValues.h"

namespace npufleet::recipes {

QString RecipeContext::slug() const
{
    QString s;
    for (QChar c : deployment.name) {
        const bool ok = (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char('.');
        s += ok ? c : QLatin1Char('-');
    }
    if (s.isEmpty() || !s.at(0).isLetterOrNumber())
        s.prepend(QLatin1String("d"));
    return s;
}

QString RecipeContext::containerName(const QString& role) const
{
    return QStringLiteral("npufleet-") + slug() + (role.isEmpty() ? QString() : QLatin1Char('-') + role);
}

Error RecipeContext::error(const QString& problem, const QString& node, const QString& hint) const
{
    Error e;
    e.message = tr("deployment \"%1\": %2").arg(deployment.name, problem);
    e.node = node;
    e.hint = hint;
    return e;
}

QVariant RecipeContext::extra(const char* key, const QVariant& fallback) const
{
    return deployment.extra.value(QLatin1String(key), fallback);
}

Result<RecipeContext>
RecipeContext::resolve(const project::ProjectData& project, const QString& deploymentName, const RecipeOptions& options)
{
    const int di = project.deploymentIndex(deploymentName);
    if (di < 0) {
        Error e;
        e.message = tr("no deployment named \"%1\" in the project").arg(deploymentName);
        return e;
    }
    // Every value the recipes put on a command line or into a file passes the value gate first.
    if (auto ok = project::checkDeploymentInputs(project, deploymentName); !ok)
        return ok.error();
    RecipeContext c;
    c.deployment = project.deployments.at(di);
    c.options = options;
    const project::Deployment& d = c.deployment;

    const project::ModelSource* model = project.model(d.model);
    if (!model)
        return c.error(tr("the model \"%1\" is not in the project").arg(d.model));
    c.model = *model;
    if (c.model.path.isEmpty() && project::traits(d.engine).needsModelPath)
        return c.error(tr("the model \"%1\" has no path on the nodes").arg(d.model));
    if (d.placement.isEmpty())
        return c.error(tr("no placement: assign NPUs on at least one node"));
    if (d.layout.tp < 1 || d.layout.pp < 1 || d.layout.dp < 1)
        return c.error(tr("TP, PP and DP must each be at least 1"));

    QList<PlacedNode> placed;
    QSet<QString> seenNodes;
    for (const project::Placement& p : d.placement) {
        const cluster::Node* node = project.node(p.node);
        if (!node)
            return c.error(tr("unknown node \"%1\" in the placement").arg(p.node), p.node);
        if (seenNodes.contains(p.node))
            return c.error(tr("node %1 appears twice in the placement").arg(p.node), p.node);
        seenNodes.insert(p.node);
        if (p.devices.isEmpty())
            return c.error(tr("no devices chosen on node %1").arg(p.node), p.node);
        QSet<int> indices;
        for (const cluster::Accelerator& a : node->accelerators())
            indices.insert(a.index);
        QSet<int> used;
        for (int dev : p.devices) {
            if (used.contains(dev))
                return c.error(tr("device %1 is used twice on node %2").arg(dev).arg(p.node), p.node);
            used.insert(dev);
            if (!indices.contains(dev))
                return c.error(tr("device %1 does not exist on node %2 (it has %3)")
                                   .arg(dev)
                                   .arg(p.node)
                                   .arg(indices.isEmpty() ? tr("no accelerators")
                                                          : tr("%n device(s)", nullptr, int(indices.size()))),
                               p.node);
        }
        placed.append(PlacedNode {*node, p.devices});
    }
    // The serving node goes first: it is the head of every multi-node recipe.
    if (const int serving = project.servingPlacement(d); serving > 0)
        placed.move(serving, 0);
    c.placed = placed;

    // Another deployment on the same NPUs would fail at start with out-of-memory or busy devices.
    for (const project::Deployment& other : project.deployments) {
        if (other.name == d.name)
            continue;
        for (const project::Placement& op : other.placement) {
            for (const project::Placement& p : d.placement) {
                if (op.node != p.node)
                    continue;
                for (int dev : p.devices) {
                    if (op.devices.contains(dev))
                        return c.error(tr("device %1 on node %2 is also used by deployment \"%3\"")
                                           .arg(dev)
                                           .arg(p.node, other.name),
                                       p.node);
                }
            }
        }
    }

    if (d.layout.npus() != d.placedDevices())
        return c.error(tr("TP %1 x PP %2 x DP %3 = %4 devices, but %5 are placed")
                           .arg(d.layout.tp)
                           .arg(d.layout.pp)
                           .arg(d.layout.dp)
                           .arg(d.layout.npus())
                           .arg(d.placedDevices()));
    if (options.attentionHeads > 0 && options.attentionHeads % d.layout.tp != 0)
        return c.error(
            tr("TP %1 does not divide the model's %2 attention heads").arg(d.layout.tp).arg(options.attentionHeads));
    if (c.multiNode()) {
        for (const PlacedNode& pn : std::as_const(c.placed)) {
            if (pn.node.clusterInterface.isEmpty())
                return c.error(tr("node %1 has no cluster network interface").arg(pn.node.name), pn.node.name,
                               tr("set the NIC that carries cluster traffic (HCCL_SOCKET_IFNAME) for every node"));
        }
    }
    const project::Hardware hardware = project::traits(d.engine).hardware;
    for (const PlacedNode& pn : std::as_const(c.placed)) {
        const bool nvidia = pn.node.hardware.vendor == cluster::Vendor::Nvidia;
        if (hardware != project::Hardware::Any && nvidia != (hardware == project::Hardware::Nvidia))
            return c.error(
                tr("engine %1 cannot run on node %2 (%3 accelerators)")
                    .arg(project::engineKey(d.engine), pn.node.name, cluster::vendorKey(pn.node.hardware.vendor)),
                pn.node.name);
    }
    c.version = EngineVersion::fromImage(d.image);
    return c;
}

} // namespace npufleet::recipes
