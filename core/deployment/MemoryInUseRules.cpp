// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// HBM that other processes hold, as the live inventory (or a demo's recorded npu-smi) reports it: the engine
// asks for gpu-memory-utilization x HBM at start and refuses when less is free.
#include <algorithm>
#include <cmath>

#include "core/deployment/RuleFamilies.h"

namespace npufleet::deployment {

namespace {

QString gib(qint64 mib)
{
    return QString::number(double(mib) / 1024.0, 'f', 1);
}

QString holders(const cluster::Accelerator& a)
{
    if (a.processes.isEmpty())
        return RuleText::tr("a process npu-smi does not list");
    QStringList out;
    for (const cluster::AcceleratorProcess& p : a.processes)
        out << (p.name.isEmpty() ? RuleText::tr("pid %1").arg(p.pid)
                                 : RuleText::tr("pid %1 (%2)").arg(p.pid).arg(p.name));
    return out.join(QStringLiteral(", "));
}

// A container of this deployment runs on the node (docker ps): what its NPUs hold is most likely the
// deployment's own engine, which a relaunch replaces.
bool runsHere(const project::Deployment& d, const cluster::Node& node)
{
    if (!node.live.containers)
        return false;
    return std::any_of(node.live.containers->cbegin(), node.live.containers->cend(),
                       [&](const QString& c) { return d.ownsContainer(c); });
}

} // namespace

double memoryUtilization(const project::Deployment& d)
{
    return d.serving.gpuMemoryUtilization > 0 ? qMin(1.0, d.serving.gpuMemoryUtilization) : 0.9;
}

QList<int> heldDevices(const project::ProjectData& project, const project::Deployment& d, const QString& nodeName)
{
    const cluster::Node* node = project.node(nodeName);
    if (!node || runsHere(d, *node))
        return {};
    const double utilization = memoryUtilization(d);
    QList<int> out;
    for (const cluster::Accelerator& a : node->accelerators()) {
        if (!a.roomFor(utilization) && !out.contains(a.index))
            out << a.index;
    }
    return out;
}

QList<RuleViolation> checkMemoryInUse(const project::ProjectData& project,
                                      const project::Deployment& d,
                                      const QList<project::Placement>& devices)
{
    const double utilization = memoryUtilization(d);
    QList<RuleViolation> out;
    for (const project::Placement& p : devices) {
        const cluster::Node* node = project.node(p.node);
        if (!node || runsHere(d, *node))
            continue;
        QStringList parts;
        QList<int> busy;
        QString first;
        qint64 wanted = 0;
        qint64 total = 0;
        double room = 1.0; // the highest utilization every busy NPU could still grant
        for (const cluster::Accelerator& a : node->accelerators()) {
            if (!p.devices.contains(a.index) || a.roomFor(utilization) || busy.contains(a.index))
                continue;
            busy << a.index;
            parts << RuleText::tr("NPU %1: %2 GiB held by %3").arg(a.index).arg(gib(a.heldMib()), holders(a));
            if (first.isEmpty())
                first = holders(a);
            wanted = a.wantedMib(utilization);
            total = *a.hbmTotalMib;
            room = qMin(room, std::floor(double(total - a.heldMib()) / double(total) * 100.0) / 100.0);
        }
        if (busy.isEmpty())
            continue;
        const QString hint = room >= 0.05
            ? RuleText::tr("stop those processes (an earlier run of this deployment too), place it on other NPUs, "
                           "or lower gpu-memory-utilization to %1 or less")
                  .arg(room, 0, 'f', 2)
            : RuleText::tr("stop those processes (an earlier run of this deployment too) or place it on other NPUs");
        out << violation("memory-in-use", d, p.node,
                         RuleText::tr("memory in use on %1: %2; the engine asks for %3 GiB of %4 GiB per NPU "
                                      "(gpu-memory-utilization %5)")
                             .arg(p.node, parts.join(QStringLiteral("; ")), gib(wanted), gib(total))
                             .arg(utilization, 0, 'f', 2),
                         hint, busy, first);
    }
    return out;
}

} // namespace npufleet::deployment
