// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// npu-access: does Docker on the node give containers their NPUs the way the launch expects?
#include <QCoreApplication>

#include "core/checks/CheckCatalog.h"
#include "core/checks/DockerInfoParser.h"
#include "core/checks/NodeChecks.h"
#include "core/checks/PreflightText.h"
#include "core/recipes/ContainerNpus.h"

namespace npufleet::checks {

namespace {

CheckResult make(const PlannedNode& pn, Severity s, const QString& summary, const QString& evidence, const QString& fix)
{
    return CheckCatalog::make(QStringLiteral("npu-access"), pn.node.name, s, summary, evidence, fix);
}

QString setAccessFix(const PlannedNode& pn, cluster::NpuAccess access)
{
    return PreflightText::tr(
               "or tell NPU Fleet the node's way: npufleet node set --project P --name %1 --npu-access %2")
        .arg(pn.node.name, cluster::npuAccessKey(access));
}

} // namespace

QList<CheckResult> checkNpuAccess(const PreflightPlan& plan, const PlannedNode& pn, const NodeFacts& facts)
{
    const CommandOutput* out = facts.output(QStringLiteral("docker-runtimes"));
    if (!out)
        return {};
    const auto info = out->ok() ? parseDockerRuntimes(out->standardOutput) : std::nullopt;
    if (!info) {
        if (!pn.ascendRuntime)
            return {}; // mounted devices need no runtime of their own
        return {make(pn, Severity::Warning, PreflightText::tr("Docker's runtimes could not be read"), out->evidence(),
                     PreflightText::tr("Check `docker info` on the node: the launch needs the Ascend Docker Runtime "
                                       "(runtime \"%1\").")
                         .arg(QLatin1String(recipes::kAscendRuntime)))};
    }
    const QString ascend = QLatin1String(recipes::kAscendRuntime);
    const bool registered = info->runtimes.contains(ascend);
    const bool isDefault = info->defaultRuntime == ascend;
    CheckResult r;
    if (pn.ascendRuntime && !registered) {
        r = make(pn, Severity::Error,
                 PreflightText::tr("the Ascend Docker Runtime is not registered with Docker (runtimes: %1)")
                     .arg(info->runtimes.join(QStringLiteral(", "))),
                 out->evidence(),
                 PreflightText::tr("Install the Ascend Docker Runtime (it adds the runtime \"%1\" to "
                                   "/etc/docker/daemon.json) and restart Docker, %2")
                     .arg(ascend, setAccessFix(pn, cluster::NpuAccess::Devices)));
    } else if (pn.ascendRuntime && plan.swarm && !isDefault) {
        r = make(pn, Severity::Error,
                 PreflightText::tr("Swarm services start with the default runtime, which is %1, not %2")
                     .arg(info->defaultRuntime, ascend),
                 out->evidence(),
                 PreflightText::tr("Merge this node's daemon-json fragment of the export into /etc/docker/daemon.json "
                                   "(\"default-runtime\": \"%1\") and restart Docker; RUNBOOK.md has the steps.")
                     .arg(ascend));
    } else if (pn.swarmNpus > 0 && info->genericResources.value(QStringLiteral("NPU")) < pn.swarmNpus) {
        r = make(pn, Severity::Error,
                 PreflightText::tr("the node offers %1 NPU(s) to Swarm, the stack reserves %2")
                     .arg(info->genericResources.value(QStringLiteral("NPU")))
                     .arg(pn.swarmNpus),
                 out->evidence(),
                 PreflightText::tr("Add \"node-generic-resources\": [\"NPU=%1\"] to /etc/docker/daemon.json (this "
                                   "node's daemon-json fragment of the export) and restart Docker.")
                     .arg(pn.node.accelerators().size()));
    } else if (pn.ascendRuntime) {
        r = make(pn, Severity::Pass,
                 PreflightText::tr("through the Ascend Docker Runtime (ASCEND_VISIBLE_DEVICES)%1")
                     .arg(isDefault ? PreflightText::tr(", the default runtime") : QString()),
                 out->evidence(), {});
    } else {
        r = make(pn, Severity::Pass,
                 registered ? PreflightText::tr("as mounted devices; the Ascend Docker Runtime is installed too "
                                                "(npu_access: %1 would use it)")
                                  .arg(cluster::npuAccessKey(cluster::NpuAccess::AscendRuntime))
                            : PreflightText::tr("as mounted devices (no Ascend Docker Runtime)"),
                 out->evidence(), {});
    }
    r.facts.insert(QStringLiteral("npu_access_detected"),
                   cluster::npuAccessKey(registered ? cluster::NpuAccess::AscendRuntime : cluster::NpuAccess::Devices));
    r.facts.insert(QStringLiteral("default_runtime"), info->defaultRuntime);
    return {r};
}

} // namespace npufleet::checks
