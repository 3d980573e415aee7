// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/deployment/Rules.h"

#include <algorithm>

#include "core/deployment/RuleFamilies.h"

namespace npufleet::deployment {

const QList<RuleInfo>& ruleCatalogue()
{
    // In the order a user would fix them. An id never changes: tools and tests match on it.
    static const QList<RuleInfo> rules {
        {"model-missing", Severity::Error, "model"}, // the model id names no model of the project
        {"model-path-missing", Severity::Error, "model"}, // the engine reads a folder, the model names none
        {"placement-empty", Severity::Error, "placement"}, // no NPUs assigned
        {"node-unknown", Severity::Error, "placement"}, // a node the cluster does not have
        {"node-twice", Severity::Error, "placement"}, // one node in two placement entries
        {"devices-none", Severity::Error, "placement"}, // a placement entry without devices
        {"device-twice", Severity::Error, "placement"}, // one device listed twice
        {"device-unknown", Severity::Error, "placement"}, // a device the node does not have
        {"device-shared", Severity::Error, "placement"}, // a device another deployment holds
        {"layout-invalid", Severity::Error, "layout"}, // TP, PP or DP below 1
        {"layout-mismatch", Severity::Error, "layout"}, // TP x PP x DP differs from the devices placed
        {"tp-heads", Severity::Error, "layout"}, // TP does not divide the attention heads
        {"node-nic-missing", Severity::Error, "node.nic"}, // a multi-node deployment's node without cluster NIC
        {"engine-hardware", Severity::Error, "engine"}, // the engine cannot run on the node's accelerators
        {"tp-crosses-nodes", Severity::Warning, "placement"}, // a TP group's all-reduce over RoCE
        {"tp-not-contiguous", Severity::Warning, "placement"}, // a TP group off one HCCS half
        {"memory-unknown", Severity::Warning, "model"}, // no config to estimate memory from
        {"memory-over-budget", Severity::Error, "layout"}, // the layout needs more HBM than an NPU has
        {"memory-in-use", Severity::Error, "placement"}, // other processes hold HBM the engine needs
    };
    return rules;
}

QStringList ruleIds()
{
    QStringList ids;
    for (const RuleInfo& r : ruleCatalogue())
        ids << QLatin1String(r.id);
    return ids;
}

const RuleInfo* ruleInfo(const QString& id)
{
    for (const RuleInfo& r : ruleCatalogue()) {
        if (id == QLatin1String(r.id))
            return &r;
    }
    return nullptr;
}

RuleViolation violation(const char* id,
                        const project::Deployment& deployment,
                        const QString& node,
                        const QString& message,
                        const QString& hint,
                        const QList<int>& devices,
                        const QString& other)
{
    const RuleInfo* info = ruleInfo(QLatin1String(id));
    Q_ASSERT(info); // every id a family uses is in the catalogue
    RuleViolation v;
    v.rule = QLatin1String(id);
    v.field = info ? QLatin1String(info->field) : QString();
    v.severity = info ? info->severity : Severity::Error;
    v.node = node;
    v.message = message;
    v.hint = hint;
    v.deployment = deployment.name;
    v.devices = devices;
    v.other = other;
    return v;
}

QString deviceList(const QList<int>& devices)
{
    QStringList parts;
    for (int d : devices)
        parts << QString::number(d);
    return parts.join(QStringLiteral(", "));
}

QString RuleViolation::text() const
{
    return RuleText::tr("%1: %2").arg(deployment, message);
}

QList<RuleViolation>
checkDeployment(const project::ProjectData& project, const project::Deployment& deployment, int attentionHeads)
{
    QList<RuleViolation> out;
    checkModel(project, deployment, out);
    checkPlacement(project, deployment, out);
    checkSharing(project, deployment, out);
    checkLayout(deployment, attentionHeads, out);
    checkNodes(project, deployment, out);
    checkTopology(deployment, out);
    return out;
}

QList<RuleViolation> errorsOf(const QList<RuleViolation>& violations)
{
    QList<RuleViolation> errors;
    std::copy_if(violations.cbegin(), violations.cend(), std::back_inserter(errors),
                 [](const RuleViolation& v) { return v.severity == Severity::Error; });
    return errors;
}

RuleReport checkProject(const project::ProjectData& project, const QString& only)
{
    RuleReport report;
    for (const project::Deployment& d : project.deployments) {
        if (!only.isEmpty() && d.name != only)
            continue;
        checkWithModel(project, d, report.violations, report.uses);
    }
    std::stable_sort(report.violations.begin(), report.violations.end(),
                     [](const RuleViolation& a, const RuleViolation& b) { return int(a.severity) < int(b.severity); });
    return report;
}

QList<RuleViolation> RuleReport::at(const QString& node, int device) const
{
    QList<RuleViolation> out;
    for (const RuleViolation& v : violations) {
        const bool here = v.devices.isEmpty() ? (v.node.isEmpty() || v.node == node)
                && std::any_of(uses.cbegin(), uses.cend(),
                               [&](const NpuUse& u) {
                                   return u.deployment == v.deployment && u.node == node && u.device == device;
                               })
                                              : v.node == node && v.devices.contains(device);
        if (here)
            out << v;
    }
    return out;
}

QList<RuleViolation> RuleReport::of(const QString& deployment) const
{
    QList<RuleViolation> out;
    std::copy_if(violations.cbegin(), violations.cend(), std::back_inserter(out),
                 [&](const RuleViolation& v) { return v.deployment == deployment; });
    return out;
}

QList<NpuUse> RuleReport::usesAt(const QString& node, int device) const
{
    QList<NpuUse> out;
    std::copy_if(uses.cbegin(), uses.cend(), std::back_inserter(out),
                 [&](const NpuUse& u) { return u.node == node && u.device == device; });
    return out;
}

int RuleReport::count(Severity severity) const
{
    return int(std::count_if(violations.cbegin(), violations.cend(),
                             [&](const RuleViolation& v) { return v.severity == severity; }));
}

} // namespace npufleet::deployment
