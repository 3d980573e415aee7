// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The rules that need no model: the model reference, the placement's structure, sharing, the layout, the nodes.
#include <QSet>

#include "core/deployment/RuleFamilies.h"

namespace npufleet::deployment {

using project::Deployment;
using project::Placement;
using project::ProjectData;

void checkModel(const ProjectData& project, const Deployment& d, QList<RuleViolation>& out)
{
    const project::ModelSource* model = project.model(d.model);
    if (!model)
        out << violation("model-missing", d, {}, RuleText::tr("the model \"%1\" is not in the project").arg(d.model),
                         RuleText::tr("add it under 'models' or correct the id"));
    else if (model->path.isEmpty() && traits(d.engine).needsModelPath)
        out << violation("model-path-missing", d, {},
                         RuleText::tr("the model \"%1\" has no path on the nodes").arg(d.model));
}

// The structure of the placement: nodes and devices that exist, each used once.
void checkPlacement(const ProjectData& project, const Deployment& d, QList<RuleViolation>& out)
{
    if (d.placement.isEmpty())
        out << violation("placement-empty", d, {}, RuleText::tr("no placement: assign NPUs on at least one node"),
                         RuleText::tr("drop it on NPUs, use Assign to… or Auto-place"));
    QSet<QString> seenNodes;
    for (const Placement& p : d.placement) {
        const cluster::Node* node = project.node(p.node);
        if (!node) {
            out << violation("node-unknown", d, p.node,
                             RuleText::tr("unknown node \"%1\" in the placement").arg(p.node), {}, p.devices);
            continue;
        }
        if (seenNodes.contains(p.node))
            out << violation("node-twice", d, p.node,
                             RuleText::tr("node %1 appears twice in the placement").arg(p.node));
        seenNodes.insert(p.node);
        if (p.devices.isEmpty())
            out << violation("devices-none", d, p.node, RuleText::tr("no devices chosen on node %1").arg(p.node));
        QSet<int> indices;
        for (const cluster::Accelerator& a : node->accelerators())
            indices.insert(a.index);
        QSet<int> used;
        for (int dev : p.devices) {
            if (used.contains(dev))
                out << violation("device-twice", d, p.node,
                                 RuleText::tr("device %1 is used twice on node %2").arg(dev).arg(p.node), {}, {dev});
            used.insert(dev);
            if (!indices.contains(dev))
                out << violation("device-unknown", d, p.node,
                                 RuleText::tr("device %1 does not exist on node %2 (it has %3)")
                                     .arg(dev)
                                     .arg(p.node)
                                     .arg(indices.isEmpty()
                                              ? RuleText::tr("no accelerators")
                                              : RuleText::tr("%n device(s)", nullptr, int(indices.size()))),
                                 {}, {dev});
        }
    }
}

// Another deployment on the same NPUs would fail at start with out-of-memory or busy devices.
void checkSharing(const ProjectData& project, const Deployment& d, QList<RuleViolation>& out)
{
    for (const Deployment& other : project.deployments) {
        if (other.name == d.name)
            continue;
        for (const Placement& op : other.placement) {
            for (const Placement& p : d.placement) {
                if (op.node != p.node)
                    continue;
                for (int dev : p.devices) {
                    if (op.devices.contains(dev))
                        out << violation("device-shared", d, p.node,
                                         RuleText::tr("device %1 on node %2 is also used by deployment \"%3\"")
                                             .arg(dev)
                                             .arg(p.node, other.name),
                                         {}, {dev}, other.name);
                }
            }
        }
    }
}

void checkLayout(const Deployment& d, int attentionHeads, QList<RuleViolation>& out)
{
    const bool layoutValid = d.layout.tp >= 1 && d.layout.pp >= 1 && d.layout.dp >= 1;
    if (!layoutValid) {
        out << violation("layout-invalid", d, {}, RuleText::tr("TP, PP and DP must each be at least 1"));
        return;
    }
    if (!d.placement.isEmpty() && d.layout.npus() != d.placedDevices())
        out << violation("layout-mismatch", d, {},
                         RuleText::tr("TP %1 x PP %2 x DP %3 = %4 devices, but %5 are placed")
                             .arg(d.layout.tp)
                             .arg(d.layout.pp)
                             .arg(d.layout.dp)
                             .arg(d.layout.npus())
                             .arg(d.placedDevices()));
    if (attentionHeads > 0 && attentionHeads % d.layout.tp != 0)
        out << violation(
            "tp-heads", d, {},
            RuleText::tr("TP %1 does not divide the model's %2 attention heads").arg(d.layout.tp).arg(attentionHeads));
}

// The nodes must suit the engine: the cluster NIC for multi-node traffic, the right accelerators.
void checkNodes(const ProjectData& project, const Deployment& d, QList<RuleViolation>& out)
{
    const bool multiNode = d.placement.size() > 1;
    const project::Hardware hardware = traits(d.engine).hardware;
    for (const Placement& p : d.placement) {
        const cluster::Node* node = project.node(p.node);
        if (!node)
            continue;
        if (multiNode && node->clusterInterface.isEmpty())
            out << violation(
                "node-nic-missing", d, node->name,
                RuleText::tr("node %1 has no cluster network interface").arg(node->name),
                RuleText::tr("set the NIC that carries cluster traffic (HCCL_SOCKET_IFNAME) for every node"));
        const bool nvidia = node->hardware.vendor == cluster::Vendor::Nvidia;
        if (hardware != project::Hardware::Any && nvidia != (hardware == project::Hardware::Nvidia))
            out << violation("engine-hardware", d, node->name,
                             RuleText::tr("engine %1 cannot run on node %2 (%3 accelerators)")
                                 .arg(engineKey(d.engine), node->name, cluster::vendorKey(node->hardware.vendor)));
    }
}

} // namespace npufleet::deployment
