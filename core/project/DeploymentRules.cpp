// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/DeploymentRules.h"

#include <QCoreApplication>
#include <QSet>

namespace npufleet::project {

namespace {

struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(RuleText) // the context is the struct's own name, as RecipeText
};

// The structure of the placement: nodes and devices that exist, each used once.
void checkPlacement(const ProjectData& project, const Deployment& d, QList<RuleViolation>& out)
{
    QSet<QString> seenNodes;
    for (const Placement& p : d.placement) {
        const cluster::Node* node = project.node(p.node);
        if (!node) {
            out << RuleViolation {QStringLiteral("node-unknown"),
                                  QStringLiteral("placement"),
                                  p.node,
                                  RuleText::tr("unknown node \"%1\" in the placement").arg(p.node),
                                  {}};
            continue;
        }
        if (seenNodes.contains(p.node))
            out << RuleViolation {QStringLiteral("node-twice"),
                                  QStringLiteral("placement"),
                                  p.node,
                                  RuleText::tr("node %1 appears twice in the placement").arg(p.node),
                                  {}};
        seenNodes.insert(p.node);
        if (p.devices.isEmpty())
            out << RuleViolation {QStringLiteral("devices-none"),
                                  QStringLiteral("placement"),
                                  p.node,
                                  RuleText::tr("no devices chosen on node %1").arg(p.node),
                                  {}};
        QSet<int> indices;
        for (const cluster::Accelerator& a : node->accelerators())
            indices.insert(a.index);
        QSet<int> used;
        for (int dev : p.devices) {
            if (used.contains(dev))
                out << RuleViolation {QStringLiteral("device-twice"),
                                      QStringLiteral("placement"),
                                      p.node,
                                      RuleText::tr("device %1 is used twice on node %2").arg(dev).arg(p.node),
                                      {}};
            used.insert(dev);
            if (!indices.contains(dev))
                out << RuleViolation {QStringLiteral("device-unknown"),
                                      QStringLiteral("placement"),
                                      p.node,
                                      RuleText::tr("device %1 does not exist on node %2 (it has %3)")
                                          .arg(dev)
                                          .arg(p.node)
                                          .arg(indices.isEmpty()
                                                   ? RuleText::tr("no accelerators")
                                                   : RuleText::tr("%n device(s)", nullptr, int(indices.size()))),
                                      {}};
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
                        out << RuleViolation {QStringLiteral("device-shared"),
                                              QStringLiteral("placement"),
                                              p.node,
                                              RuleText::tr("device %1 on node %2 is also used by deployment \"%3\"")
                                                  .arg(dev)
                                                  .arg(p.node, other.name),
                                              {}};
                }
            }
        }
    }
}

// The nodes must suit the engine: the cluster NIC for multi-node traffic, the right accelerators.
void checkNodes(const ProjectData& project, const Deployment& d, QList<RuleViolation>& out)
{
    const bool multiNode = d.placement.size() > 1;
    const Hardware hardware = traits(d.engine).hardware;
    for (const Placement& p : d.placement) {
        const cluster::Node* node = project.node(p.node);
        if (!node)
            continue;
        if (multiNode && node->clusterInterface.isEmpty())
            out << RuleViolation {
                QStringLiteral("node-nic-missing"), QStringLiteral("node.nic"), node->name,
                RuleText::tr("node %1 has no cluster network interface").arg(node->name),
                RuleText::tr("set the NIC that carries cluster traffic (HCCL_SOCKET_IFNAME) for every node")};
        const bool nvidia = node->hardware.vendor == cluster::Vendor::Nvidia;
        if (hardware != Hardware::Any && nvidia != (hardware == Hardware::Nvidia))
            out << RuleViolation {QStringLiteral("engine-hardware"),
                                  QStringLiteral("engine"),
                                  node->name,
                                  RuleText::tr("engine %1 cannot run on node %2 (%3 accelerators)")
                                      .arg(engineKey(d.engine), node->name, cluster::vendorKey(node->hardware.vendor)),
                                  {}};
    }
}

} // namespace

QList<RuleViolation> checkDeployment(const ProjectData& project, const Deployment& d, int attentionHeads)
{
    QList<RuleViolation> out;
    const ModelSource* model = project.model(d.model);
    if (!model)
        out << RuleViolation {QStringLiteral("model-missing"),
                              QStringLiteral("model"),
                              {},
                              RuleText::tr("the model \"%1\" is not in the project").arg(d.model),
                              {}};
    else if (model->path.isEmpty() && traits(d.engine).needsModelPath)
        out << RuleViolation {QStringLiteral("model-path-missing"),
                              QStringLiteral("model"),
                              {},
                              RuleText::tr("the model \"%1\" has no path on the nodes").arg(d.model),
                              {}};
    if (d.placement.isEmpty())
        out << RuleViolation {QStringLiteral("placement-empty"),
                              QStringLiteral("placement"),
                              {},
                              RuleText::tr("no placement: assign NPUs on at least one node"),
                              {}};
    const bool layoutValid = d.layout.tp >= 1 && d.layout.pp >= 1 && d.layout.dp >= 1;
    if (!layoutValid)
        out << RuleViolation {QStringLiteral("layout-invalid"),
                              QStringLiteral("layout"),
                              {},
                              RuleText::tr("TP, PP and DP must each be at least 1"),
                              {}};
    checkPlacement(project, d, out);
    checkSharing(project, d, out);
    if (layoutValid && !d.placement.isEmpty() && d.layout.npus() != d.placedDevices())
        out << RuleViolation {QStringLiteral("layout-mismatch"),
                              QStringLiteral("layout"),
                              {},
                              RuleText::tr("TP %1 x PP %2 x DP %3 = %4 devices, but %5 are placed")
                                  .arg(d.layout.tp)
                                  .arg(d.layout.pp)
                                  .arg(d.layout.dp)
                                  .arg(d.layout.npus())
                                  .arg(d.placedDevices()),
                              {}};
    if (layoutValid && attentionHeads > 0 && attentionHeads % d.layout.tp != 0)
        out << RuleViolation {
            QStringLiteral("tp-heads"),
            QStringLiteral("layout"),
            {},
            RuleText::tr("TP %1 does not divide the model's %2 attention heads").arg(d.layout.tp).arg(attentionHeads),
            {}};
    checkNodes(project, d, out);
    return out;
}

QStringList deploymentRuleIds()
{
    return {QStringLiteral("model-missing"),    QStringLiteral("model-path-missing"), QStringLiteral("placement-empty"),
            QStringLiteral("layout-invalid"),   QStringLiteral("node-unknown"),       QStringLiteral("node-twice"),
            QStringLiteral("devices-none"),     QStringLiteral("device-twice"),       QStringLiteral("device-unknown"),
            QStringLiteral("device-shared"),    QStringLiteral("layout-mismatch"),    QStringLiteral("tp-heads"),
            QStringLiteral("node-nic-missing"), QStringLiteral("engine-hardware")};
}

} // namespace npufleet::project
