// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QHash>

#include "core/checks/CheckCatalog.h"
#include "core/checks/HccnParsers.h"
#include "core/checks/NodeChecks.h"
#include "core/checks/PreflightText.h"
#include "core/cluster/NpuSmiParser.h"

namespace npufleet::checks {

namespace {

CheckResult make(const char* id,
                 const PlannedNode& pn,
                 Severity s,
                 const QString& summary,
                 const QString& evidence = {},
                 const QString& fix = {})
{
    return CheckCatalog::make(QLatin1String(id), pn.node.name, s, summary, evidence, fix);
}

QString npuList(const QList<int>& devices)
{
    QStringList parts;
    for (int d : devices)
        parts << QString::number(d);
    return parts.join(QStringLiteral(", "));
}

// "NPU 3: <first line of the output>" per device, for evidence.
QString perNpuEvidence(const NodeFacts& facts, const char* what, const QList<int>& devices)
{
    QStringList lines;
    for (int d : devices) {
        const CommandOutput* out = facts.output(npuKey(what, d));
        lines << QStringLiteral("NPU %1: %2").arg(d).arg(out ? out->evidence() : PreflightText::tr("(not run)"));
    }
    return lines.join(QLatin1Char('\n'));
}

// NPUs with the same finding share one note: "NPU 0, 1, 2, 3: ..." instead of four copies.
QString groupByNote(const QStringList& notes, const QList<int>& devices)
{
    QStringList order;
    QHash<QString, QList<int>> byNote;
    for (int i = 0; i < notes.size() && i < devices.size(); ++i) {
        if (!byNote.contains(notes.at(i)))
            order << notes.at(i);
        byNote[notes.at(i)] << devices.at(i);
    }
    QStringList out;
    for (const QString& note : std::as_const(order)) {
        QString text = note;
        out << text.replace(QStringLiteral("@NPU@"), PreflightText::tr("NPU %1").arg(npuList(byNote.value(note))));
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

QList<CheckResult> checkNpus(const PreflightPlan& plan, const PlannedNode& pn, const NodeFacts& facts)
{
    const CommandOutput* out = facts.output(QStringLiteral("npu-smi"));
    if (!out)
        return {};
    const QString evidence = out->evidence();
    auto report = out->ok()
        ? cluster::parseNpuSmiInfo(out->standardOutput)
        : Result<cluster::NpuSmiReport>(Error {PreflightText::tr("npu-smi failed"), {}, 0, 0, {}, {}});
    if (!report) {
        return {
            make("npu-health", pn, Severity::Error,
                 PreflightText::tr("npu-smi gave no NPU table: %1").arg(report.error().message), evidence,
                 PreflightText::tr("Install or repair the Ascend driver so that `npu-smi info` lists the NPUs; check "
                                   "that the user may run it."))};
    }

    QList<int> missing, unhealthy, short_, busy;
    QStringList healthNotes, memoryNotes, processNotes;
    for (int d : pn.devices) {
        QList<cluster::Accelerator> chips;
        for (const cluster::Accelerator& a : std::as_const(report->accelerators)) {
            if (a.index == d)
                chips << a;
        }
        if (chips.isEmpty()) {
            missing << d;
            continue;
        }
        for (const cluster::Accelerator& a : std::as_const(chips)) {
            if (!a.isHealthy()) {
                if (!unhealthy.contains(d))
                    unhealthy << d;
                healthNotes << PreflightText::tr("%1 health is %2")
                                   .arg(a.label(), a.health.isEmpty() ? PreflightText::tr("unknown") : a.health);
            }
            if (!a.roomFor(plan.memoryUtilization)) {
                const qint64 held = a.heldMib();
                short_ << d;
                memoryNotes << PreflightText::tr(
                                   "%1: %2 MiB held by others, %3 MiB free; the engine wants %4 MiB (%5 × %6 MiB)")
                                   .arg(QStringLiteral("@NPU@"))
                                   .arg(held)
                                   .arg(*a.hbmTotalMib - held)
                                   .arg(a.wantedMib(plan.memoryUtilization))
                                   .arg(plan.memoryUtilization)
                                   .arg(*a.hbmTotalMib);
            }
            if (!a.processes.isEmpty()) {
                busy << d;
                QStringList procs;
                for (const cluster::AcceleratorProcess& p : a.processes) {
                    procs << QStringLiteral("%1%2 (%3 MiB)")
                                 .arg(p.pid)
                                 .arg(p.name.isEmpty() ? QString() : QLatin1Char(' ') + p.name)
                                 .arg(p.memoryMib ? QString::number(*p.memoryMib) : QStringLiteral("?"));
                }
                processNotes << QStringLiteral("%1: %2").arg(a.label(), procs.join(QStringLiteral(", ")));
            }
        }
    }

    QList<CheckResult> results;
    if (!missing.isEmpty() || !unhealthy.isEmpty()) {
        QStringList notes;
        if (!missing.isEmpty())
            notes << PreflightText::tr("NPU %1 not found").arg(npuList(missing));
        notes << healthNotes;
        results << make(
            "npu-health", pn, Severity::Error, notes.join(QStringLiteral("; ")), evidence,
            PreflightText::tr("Place the deployment on NPUs that are present and healthy, or have the unhealthy ones "
                              "looked at (`npu-smi info -t health -i N` names the alarm); a reset or a driver "
                              "reinstall clears some faults."));
    } else {
        results << make("npu-health", pn, Severity::Pass,
                        PreflightText::tr("NPU %1 present, health OK").arg(npuList(pn.devices)), evidence);
    }
    const QStringList earlier = earlierRun(plan, facts);
    if (!short_.isEmpty() && !earlier.isEmpty()) {
        results << make("npu-memory", pn, Severity::Warning, groupByNote(memoryNotes, short_), evidence,
                        PreflightText::tr("%1 of an earlier run of this deployment runs here: Launch stops and removes "
                                          "it first, which frees its memory. If other processes hold it, stop them.")
                            .arg(earlier.join(QStringLiteral(", "))));
    } else if (!short_.isEmpty()) {
        results << make("npu-memory", pn, Severity::Error, groupByNote(memoryNotes, short_), evidence,
                        PreflightText::tr("Stop what holds the memory (see the processes in the evidence), or lower "
                                          "--gpu-memory-utilization so that the engine asks only for what is free."));
    } else {
        results << make(
            "npu-memory", pn, Severity::Pass,
            PreflightText::tr("enough HBM free for --gpu-memory-utilization %1").arg(plan.memoryUtilization), evidence);
    }
    if (!busy.isEmpty()) {
        results << make(
            "npu-processes", pn, Severity::Warning, processNotes.join(QStringLiteral("; ")), evidence,
            PreflightText::tr("Stop these processes (or their containers) before the launch; if they are an earlier "
                              "run of this deployment, stop that first."));
    } else {
        results << make("npu-processes", pn, Severity::Pass, PreflightText::tr("no other process on the NPUs"),
                        evidence);
    }
    return results;
}

QString reachableNpuAddress(const NodeFacts& facts, int device)
{
    const CommandOutput* link = facts.output(npuKey("link", device));
    const CommandOutput* ip = facts.output(npuKey("ip", device));
    if (!link || !ip || !link->ok() || !ip->ok())
        return {};
    const auto status = hccn::linkStatus(link->standardOutput);
    const auto conf = hccn::ipConfig(ip->standardOutput);
    if (!status || status->compare(QLatin1String("UP"), Qt::CaseInsensitive) != 0 || !conf)
        return {};
    return conf->address;
}

QList<CheckResult> checkNpuNetwork(const PlannedNode& pn, const NodeFacts& facts)
{
    if (!facts.has(npuKey("link", pn.devices.value(0, 0))))
        return {};
    const QList<int>& devs = pn.devices;
    QList<CheckResult> results;

    QList<int> down, sick, initOnly, noIp, noGateway, noLldp;
    QVariantMap npuIps;
    for (int d : devs) {
        const CommandOutput* link = facts.output(npuKey("link", d));
        const auto status = link && link->ok() ? hccn::linkStatus(link->standardOutput) : std::nullopt;
        if (!status || status->compare(QLatin1String("UP"), Qt::CaseInsensitive) != 0)
            down << d;
        const CommandOutput* health = facts.output(npuKey("health", d));
        const auto h = health && health->ok() ? hccn::netHealth(health->standardOutput) : std::nullopt;
        if (!h || !hccn::isHealthyNetHealth(*h))
            sick << d;
        else if (h->compare(QLatin1String("Init"), Qt::CaseInsensitive) == 0)
            initOnly << d;
        const CommandOutput* ip = facts.output(npuKey("ip", d));
        const auto conf = ip && ip->ok() ? hccn::ipConfig(ip->standardOutput) : std::nullopt;
        if (!conf)
            noIp << d;
        else
            npuIps.insert(QString::number(d), conf->address);
        const CommandOutput* gw = facts.output(npuKey("gateway", d));
        const CommandOutput* nd = facts.output(npuKey("netdetect", d));
        if (!(gw && gw->ok() && hccn::gateway(gw->standardOutput))
            || !(nd && nd->ok() && hccn::netdetect(nd->standardOutput)))
            noGateway << d;
        const CommandOutput* lldp = facts.output(npuKey("lldp", d));
        if (!(lldp && lldp->ok() && hccn::lldpPort(lldp->standardOutput)))
            noLldp << d;
    }

    const QString linkEvidence = perNpuEvidence(facts, "link", devs);
    results << (down.isEmpty()
                    ? make("npu-link", pn, Severity::Pass, PreflightText::tr("all links UP"), linkEvidence)
                    : make(
                        "npu-link", pn, Severity::Error, PreflightText::tr("link not UP on NPU %1").arg(npuList(down)),
                        linkEvidence,
                        PreflightText::tr(
                            "Check the cable or optical module and the switch port of these NPUs; after a repair run "
                            "`hccn_tool -i N -cfg recovery` and check `hccn_tool -i N -link -g` shows UP.")));
    const QString healthEvidence = perNpuEvidence(facts, "health", devs);
    if (!sick.isEmpty())
        results << make(
            "npu-net-health", pn, Severity::Error,
            PreflightText::tr("network health not Success on NPU %1").arg(npuList(sick)), healthEvidence,
            PreflightText::tr("The NPU cannot reach its detect address: check its link, IP, gateway and netdetect "
                              "address (`hccn_tool -i N -netdetect -s address A`) and the switch."));
    else if (!initOnly.isEmpty())
        results << make("npu-net-health", pn, Severity::Warning,
                        PreflightText::tr("network health still Init on NPU %1 (no detect address probed yet)")
                            .arg(npuList(initOnly)),
                        healthEvidence,
                        PreflightText::tr("Set a netdetect address so that the NPU probes its network: "
                                          "`hccn_tool -i N -netdetect -s address <gateway>`."));
    else
        results << make("npu-net-health", pn, Severity::Pass, PreflightText::tr("all Success"), healthEvidence);

    CheckResult ipResult = noIp.isEmpty()
        ? make("npu-ip", pn, Severity::Pass, PreflightText::tr("every NPU has an address"),
               perNpuEvidence(facts, "ip", devs))
        : make("npu-ip", pn, Severity::Error, PreflightText::tr("no address on NPU %1").arg(npuList(noIp)),
               perNpuEvidence(facts, "ip", devs),
               PreflightText::tr(
                   "Give each NPU a RoCE address: `hccn_tool -i N -ip -s address A.B.C.D netmask M` (this also "
                   "writes /etc/hccn.conf)."));
    ipResult.facts.insert(QStringLiteral("npu_ips"), npuIps);
    results << ipResult;

    const QString gwEvidence
        = perNpuEvidence(facts, "gateway", devs) + QLatin1Char('\n') + perNpuEvidence(facts, "netdetect", devs);
    results << (noGateway.isEmpty()
                    ? make("npu-gateway", pn, Severity::Pass, PreflightText::tr("gateway and detect address set"),
                           gwEvidence)
                    : make(
                        "npu-gateway", pn, Severity::Warning,
                        PreflightText::tr("no gateway or detect address on NPU %1").arg(npuList(noGateway)), gwEvidence,
                        PreflightText::tr(
                            "Set them when NPUs of different nodes are in different subnets: "
                            "`hccn_tool -i N -gateway -s gateway G` and `hccn_tool -i N -netdetect -s address G`.")));
    const QString lldpEvidence = perNpuEvidence(facts, "lldp", devs);
    results << (noLldp.isEmpty()
                    ? make("npu-lldp", pn, Severity::Pass, PreflightText::tr("every NPU sees its switch port"),
                           lldpEvidence)
                    : make("npu-lldp", pn, Severity::Warning,
                           PreflightText::tr("no switch port seen from NPU %1").arg(npuList(noLldp)), lldpEvidence,
                           PreflightText::tr(
                               "The NPU hears no LLDP from a switch: check its cabling, or enable LLDP on the switch "
                               "to confirm which port each NPU is on.")));

    // /etc/hccn.conf must say what the NPUs really have: a stale address makes an NPU unreachable.
    const CommandOutput* confOut = facts.output(QStringLiteral("hccn-conf"));
    if (!confOut)
        return results;
    const QString confEvidence = confOut->evidence();
    if (!confOut->ok()) {
        results << make(
            "hccn-conf", pn, Severity::Warning, PreflightText::tr("/etc/hccn.conf could not be read"), confEvidence,
            PreflightText::tr("Configure the NPU network with hccn_tool -ip -s, which writes /etc/hccn.conf."));
        return results;
    }
    const auto conf = hccn::parseHccnConf(confOut->standardOutput);
    QStringList wrong, absent;
    for (int d : devs) {
        const QString live = npuIps.value(QString::number(d)).toString();
        const QString saved = conf.value(d).value(QStringLiteral("address"));
        if (saved.isEmpty())
            absent << QString::number(d);
        else if (!live.isEmpty() && saved != live)
            wrong << PreflightText::tr("NPU %1: file %2, device %3").arg(d).arg(saved, live);
        // Netmask and gateway too, where both the file and the device name one: a reboot restores the file's.
        const CommandOutput* ip = facts.output(npuKey("ip", d));
        const auto liveIp = ip && ip->ok() ? hccn::ipConfig(ip->standardOutput) : std::nullopt;
        const QString savedMask = conf.value(d).value(QStringLiteral("netmask"));
        if (liveIp && !liveIp->netmask.isEmpty() && !savedMask.isEmpty() && savedMask != liveIp->netmask)
            wrong << PreflightText::tr("NPU %1: file netmask %2, device %3").arg(d).arg(savedMask, liveIp->netmask);
        const CommandOutput* gw = facts.output(npuKey("gateway", d));
        const auto liveGw = gw && gw->ok() ? hccn::gateway(gw->standardOutput) : std::nullopt;
        const QString savedGw = conf.value(d).value(QStringLiteral("gateway"));
        if (liveGw && !savedGw.isEmpty() && savedGw != liveGw->address)
            wrong << PreflightText::tr("NPU %1: file gateway %2, device %3").arg(d).arg(savedGw, liveGw->address);
    }
    if (!wrong.isEmpty())
        results << make(
            "hccn-conf", pn, Severity::Error, wrong.join(QStringLiteral("; ")), confEvidence,
            PreflightText::tr("Make address_N, netmask_N and gateway_N in /etc/hccn.conf match the device (set them "
                              "again with `hccn_tool -i N -ip -s address A netmask M` and "
                              "`hccn_tool -i N -gateway -s gateway G`)."));
    else if (!absent.isEmpty())
        results << make(
            "hccn-conf", pn, Severity::Warning,
            PreflightText::tr("no address_N entry for NPU %1").arg(absent.join(QStringLiteral(", "))), confEvidence,
            PreflightText::tr("Set the addresses with hccn_tool -ip -s so that they are saved in /etc/hccn.conf and "
                              "survive a reboot."));
    else
        results << make("hccn-conf", pn, Severity::Pass, PreflightText::tr("consistent with the devices"),
                        confEvidence);
    return results;
}

} // namespace npufleet::checks
