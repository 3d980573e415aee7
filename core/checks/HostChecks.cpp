// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>

#include "core/checks/CheckCatalog.h"
#include "core/checks/HostFactParsers.h"
#include "core/checks/NodeChecks.h"
#include "core/checks/PreflightText.h"
#include "core/cluster/HostParsers.h"

namespace npufleet::checks {

namespace {

constexpr qint64 kMinFreeDiskBytes = 20LL * 1024 * 1024 * 1024;

CheckResult make(const char* id,
                 const PlannedNode& pn,
                 Severity s,
                 const QString& summary,
                 const QString& evidence = {},
                 const QString& fix = {})
{
    return CheckCatalog::make(QLatin1String(id), pn.node.name, s, summary, evidence, fix);
}

QString accessFix(remote::ExecStatus status)
{
    switch (status) {
    case remote::ExecStatus::AuthFailed:
        return PreflightText::tr("Check the user and key of this node (ssh-copy-id, or the identity file in the "
                                 "project); for a password or a key's passphrase, Refresh the cluster and enter it "
                                 "when asked.");
    case remote::ExecStatus::HostKeyUnknown:
        return PreflightText::tr("Confirm the node's host key: Refresh the cluster and trust it when asked, or ssh to "
                                 "it once.");
    case remote::ExecStatus::HostKeyChanged:
        return PreflightText::tr(
            "The host key changed: make sure this is the same machine, then remove the old key from "
            "known_hosts.");
    default:
        return PreflightText::tr(
            "Check that the node is on, that its address and SSH port are right, and that no firewall blocks "
            "SSH.");
    }
}

CheckResult checkNic(const PlannedNode& pn, const NodeFacts& facts)
{
    const CommandOutput* out = facts.output(QStringLiteral("ip-addr"));
    const QString evidence = out ? out->evidence() : QString();
    const auto nics = out && out->ok() ? cluster::parseIpAddr(out->standardOutput)
                                       : Result<QList<cluster::NetworkInterface>>(Error {});
    if (!nics)
        return make("host-nic", pn, Severity::Error, PreflightText::tr("`ip -o -4 addr` failed"), evidence,
                    PreflightText::tr("Make sure iproute2 is installed on the node."));
    const QString wantIp = pn.node.clusterAddress();
    const QString wantNic = pn.node.clusterInterface;
    const cluster::NetworkInterface* holder = nullptr;
    QStringList seen;
    for (const cluster::NetworkInterface& nic : *nics) {
        seen << QStringLiteral("%1 %2").arg(nic.name, nic.address);
        if (nic.address == wantIp)
            holder = &nic;
    }
    if (!holder)
        return make("host-nic", pn, Severity::Error,
                    PreflightText::tr("no interface holds the cluster address %1").arg(wantIp), evidence,
                    PreflightText::tr("Correct the node's cluster address in the project; the node has: %1")
                        .arg(seen.join(QStringLiteral(", "))));
    CheckResult r;
    if (!wantNic.isEmpty() && holder->name != wantNic) {
        r = make("host-nic", pn, Severity::Error,
                 PreflightText::tr("the project says %1, but %2 is on %3").arg(wantNic, wantIp, holder->name), evidence,
                 PreflightText::tr("Set the node's cluster interface to %1: HCCL_SOCKET_IFNAME, GLOO_SOCKET_IFNAME and "
                                   "TP_SOCKET_IFNAME must name the NIC that holds %2.")
                     .arg(holder->name, wantIp));
    } else {
        r = make("host-nic", pn, Severity::Pass, PreflightText::tr("%1 on %2").arg(wantIp, holder->name), evidence);
    }
    // The facts the launch fills in per node, whatever the project says.
    r.facts.insert(QStringLiteral("HCCL_IF_IP"), wantIp);
    r.facts.insert(QStringLiteral("HCCL_SOCKET_IFNAME"), holder->name);
    r.facts.insert(QStringLiteral("GLOO_SOCKET_IFNAME"), holder->name);
    r.facts.insert(QStringLiteral("TP_SOCKET_IFNAME"), holder->name);
    return r;
}

// Present; else pullable (a warning: the first start waits for the download); else an error, as the
// launch would fail (no such tag, no registry login, or no network on the node).
CheckResult checkImage(const PlannedNode& pn, const PreflightPlan& plan, const CommandOutput& out)
{
    const QString text = QString::fromUtf8(out.standardOutput).trimmed();
    if (out.ok() && !text.isEmpty()) {
        CheckResult r
            = make("docker-image", pn, Severity::Pass, PreflightText::tr("%1 present").arg(plan.image), out.evidence());
        r.facts.insert(QStringLiteral("image_id"), text.section(QLatin1Char('\n'), 0, 0));
        return r;
    }
    if (text.contains(QLatin1String(kImagePullableMarker)))
        return make("docker-image", pn, Severity::Warning,
                    PreflightText::tr("%1 is not on the node yet; the registry has it").arg(plan.image), out.evidence(),
                    PreflightText::tr("Pull it before the launch (docker pull %1), or docker load a saved copy on "
                                      "nodes without registry access; otherwise the first start waits for the "
                                      "download.")
                        .arg(plan.image));
    return make("docker-image", pn, Severity::Error,
                PreflightText::tr("%1 is not on the node and cannot be pulled").arg(plan.image), out.evidence(),
                PreflightText::tr("Check the image name and tag, docker login to its registry, or copy it to the node "
                                  "(docker save on a node that has it, docker load here)."));
}

QList<CheckResult> checkDocker(const PreflightPlan& plan, const PlannedNode& pn, const NodeFacts& facts)
{
    QList<CheckResult> results;
    if (const CommandOutput* out = facts.output(QStringLiteral("docker"))) {
        const QString version = QString::fromUtf8(out->standardOutput).trimmed();
        if (!out->ok() || version.isEmpty())
            results << make("docker-engine", pn, Severity::Error, PreflightText::tr("Docker engine not available"),
                            out->evidence(),
                            PreflightText::tr(
                                "Install Docker and start it (systemctl enable --now docker); the user must be root or "
                                "in the docker group."));
        else {
            CheckResult r = make("docker-engine", pn, Severity::Pass, PreflightText::tr("Docker %1").arg(version),
                                 out->evidence());
            r.facts.insert(QStringLiteral("docker_version"), version);
            results << r;
        }
    }
    if (const CommandOutput* out = facts.output(QStringLiteral("image")))
        results << checkImage(pn, plan, *out);
    if (const CommandOutput* out = facts.output(QStringLiteral("firewalld"))) {
        const QString state = QString::fromUtf8(out->standardOutput).trimmed();
        if (state == QLatin1String("active"))
            results << make(
                "firewalld", pn, plan.swarm ? Severity::Error : Severity::Warning,
                PreflightText::tr("firewalld is active"), out->evidence(),
                plan.swarm ? PreflightText::tr("Swarm fails with 'Unable to enable SKIP DNAT rule' when firewalld "
                                               "rewrites Docker's iptables chains: systemctl stop firewalld; systemctl "
                                               "disable firewalld; systemctl restart docker.")
                           : PreflightText::tr("firewalld may block the ports the nodes use to talk to each other and "
                                               "competes with Docker for iptables: stop it (systemctl disable --now "
                                               "firewalld; systemctl restart docker) or open the ports."));
        else
            results << make(
                "firewalld", pn, Severity::Pass,
                PreflightText::tr("firewalld is %1").arg(state.isEmpty() ? PreflightText::tr("not installed") : state),
                out->evidence());
    }
    return results;
}

QString gib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024 * 1024), 'f', 1);
}

// /dev/shm of the container is a tmpfs of --shm-size: nothing is reserved at start, but what the engine
// writes there (NCCL/HCCL-style buffers, vLLM's message queues, tokenizer and data-loader workers) comes out
// of host RAM. Larger than the RAM can never be backed: an error. More than half of what is available now
// leaves too little for loading the weights (read through the page cache) and the engine's own processes:
// a warning. The half is a judgement, not a vendor figure.
CheckResult checkShm(const PreflightPlan& plan, const PlannedNode& pn, const CommandOutput& out)
{
    const auto shm = parseDockerSize(plan.shmSize);
    if (!shm)
        return make(
            "shm-size", pn, Severity::Error,
            PreflightText::tr("--shm-size %1 is not a size docker accepts").arg(plan.shmSize), {},
            PreflightText::tr("Write the size as docker does: a number with b, k, m or g (for example 16g) in the "
                              "deployment's shmSize."));
    const auto memory = out.ok()
        ? cluster::parseFreeBytes(out.standardOutput)
        : Result<cluster::MemoryInfo>(Error {PreflightText::tr("free failed"), {}, 0, 0, {}, {}});
    if (!memory)
        return make("shm-size", pn, Severity::Warning, PreflightText::tr("could not read the memory of the node"),
                    out.evidence(),
                    PreflightText::tr(
                        "Install procps (free) on the node so that --shm-size can be checked against its memory."));
    const QString evidence = out.evidence();
    if (*shm > memory->totalBytes)
        return make(
            "shm-size", pn, Severity::Error,
            PreflightText::tr("--shm-size %1 (%2 GiB) is more than the node's memory (%3 GiB)")
                .arg(plan.shmSize, gib(*shm), gib(memory->totalBytes)),
            evidence,
            PreflightText::tr("Lower shmSize in the deployment to what the node can hold (16g is the usual value)."));
    if (*shm > memory->availableBytes / 2)
        return make(
            "shm-size", pn, Severity::Warning,
            PreflightText::tr("--shm-size %1 is more than half of the %2 GiB available")
                .arg(plan.shmSize, gib(memory->availableBytes)),
            evidence,
            PreflightText::tr("Free memory on the node (other containers, page cache held by processes) or lower "
                              "shmSize: a full /dev/shm takes host memory from loading the weights."));
    CheckResult r
        = make("shm-size", pn, Severity::Pass,
               PreflightText::tr("--shm-size %1 of %2 GiB available").arg(plan.shmSize, gib(memory->availableBytes)),
               evidence);
    r.facts.insert(QStringLiteral("memory_total_bytes"), memory->totalBytes);
    return r;
}

// A UDP socket without a process name is the kernel's (an overlay network of a swarm that already
// runs), so only a named program other than dockerd on Swarm's UDP ports is in the way.
QStringList busyUdpPorts(const PlannedNode& pn, const CommandOutput* udp)
{
    QStringList busy;
    if (!udp)
        return busy;
    QList<int> seen;
    for (const ListeningPort& lp : parseListeningPorts(udp->standardOutput)) {
        if (!pn.swarmUdpPorts.contains(lp.port) || lp.process.isEmpty() || lp.process == QLatin1String("dockerd")
            || seen.contains(lp.port))
            continue;
        seen << lp.port;
        busy << QStringLiteral("%1/udp (%2)").arg(lp.port).arg(lp.process);
    }
    return busy;
}

CheckResult
checkPorts(const PlannedNode& pn, const CommandOutput& out, const CommandOutput* udp, const QStringList& earlier)
{
    const QList<ListeningPort> listening = parseListeningPorts(out.standardOutput);
    QStringList busy;
    QList<int> seen; // ss lists a port once per address family
    for (const ListeningPort& lp : listening) {
        const bool needed = pn.ports.contains(lp.port);
        // Swarm's ports held by dockerd mean the swarm already runs: that is fine.
        const bool swarmHeld = pn.swarmPorts.contains(lp.port) && lp.process != QLatin1String("dockerd");
        if (!(needed || swarmHeld) || seen.contains(lp.port))
            continue;
        seen << lp.port;
        busy << (lp.process.isEmpty() ? QString::number(lp.port)
                                      : QStringLiteral("%1 (%2)").arg(lp.port).arg(lp.process));
    }
    busy << busyUdpPorts(pn, udp);
    QStringList wanted;
    for (int p : pn.ports + pn.swarmPorts)
        wanted << QString::number(p);
    for (int p : pn.swarmUdpPorts)
        wanted << QStringLiteral("%1/udp").arg(p);
    if (!out.ok() && listening.isEmpty())
        return make("ports", pn, Severity::Warning, PreflightText::tr("could not list listening ports"), out.evidence(),
                    PreflightText::tr("Install iproute2 (ss) on the node so that the ports can be checked."));
    if (!busy.isEmpty() && !earlier.isEmpty())
        return make("ports", pn, Severity::Warning,
                    PreflightText::tr("in use: %1").arg(busy.join(QStringLiteral(", "))), out.evidence(),
                    PreflightText::tr("%1 of an earlier run of this deployment runs here: Launch stops and removes "
                                      "it first, which frees its ports. If another program listens there, stop it.")
                        .arg(earlier.join(QStringLiteral(", "))));
    if (!busy.isEmpty())
        return make(
            "ports", pn, Severity::Error, PreflightText::tr("in use: %1").arg(busy.join(QStringLiteral(", "))),
            out.evidence(),
            PreflightText::tr("Stop what listens there (`ss -ltunp` names the process), or change the port in the "
                              "deployment."));
    return make("ports", pn, Severity::Pass,
                wanted.isEmpty() ? PreflightText::tr("no ports needed")
                                 : PreflightText::tr("free: %1").arg(wanted.join(QStringLiteral(", "))),
                out.evidence());
}

} // namespace

QStringList earlierRun(const PreflightPlan& plan, const NodeFacts& facts)
{
    const CommandOutput* out = facts.output(QStringLiteral("containers"));
    if (!out || !out->ok())
        return {};
    return project::containersOf(plan.deployment,
                                 QString::fromUtf8(out->standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
}

QList<CheckResult> checkAccess(const PlannedNode& pn, const NodeFacts& facts)
{
    const CommandOutput* id = facts.output(QStringLiteral("id"));
    if (!id)
        return {};
    if (id->status != remote::ExecStatus::Ok)
        return {make("ssh", pn, Severity::Error, PreflightText::tr("cannot run commands: %1").arg(id->message),
                     id->evidence(), accessFix(id->status))};
    const QStringList lines = QString::fromUtf8(id->standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString user = lines.value(0).trimmed();
    const QStringList groups = lines.value(1).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (user.isEmpty() || user == QLatin1String("root") || groups.contains(QLatin1String("docker")))
        return {make("ssh", pn, Severity::Pass,
                     PreflightText::tr("connected as %1").arg(user.isEmpty() ? PreflightText::tr("?") : user),
                     id->evidence())};
    const CommandOutput* sudo = facts.output(QStringLiteral("sudo"));
    if (sudo && sudo->ok())
        return {make("ssh", pn, Severity::Pass, PreflightText::tr("connected as %1, sudo without password").arg(user),
                     id->evidence())};
    return {make("ssh", pn, Severity::Warning,
                 PreflightText::tr("%1 is not root, not in the docker group and has no password-less "
                                   "sudo")
                     .arg(user),
                 id->evidence() + (sudo ? QLatin1Char('\n') + sudo->evidence() : QString()),
                 PreflightText::tr(
                     "Add the user to the docker group (usermod -aG docker %1) or allow it sudo without a password "
                     "for docker, npu-smi and hccn_tool.")
                     .arg(user))};
}

QList<CheckResult> checkHost(const PreflightPlan& plan, const PlannedNode& pn, const NodeFacts& facts)
{
    QList<CheckResult> results;
    if (facts.has(QStringLiteral("ip-addr")))
        results << checkNic(pn, facts);
    results << checkDocker(plan, pn, facts);
    if (const CommandOutput* out = facts.output(QStringLiteral("free")); out && !plan.shmSize.isEmpty())
        results << checkShm(plan, pn, *out);
    if (const CommandOutput* out = facts.output(QStringLiteral("ports")))
        results << checkPorts(pn, *out, facts.output(QStringLiteral("udp-ports")), earlierRun(plan, facts));
    if (const CommandOutput* out = facts.output(QStringLiteral("model"))) {
        const auto files = parseFileListing(out->standardOutput);
        qint64 bytes = 0;
        for (qint64 size : files)
            bytes += size;
        if (!out->ok() || files.isEmpty())
            results << make(
                "model-files", pn, Severity::Error,
                out->ok() ? PreflightText::tr("%1 is empty").arg(plan.modelPath)
                          : PreflightText::tr("%1 is missing").arg(plan.modelPath),
                out->evidence(),
                PreflightText::tr("Copy the model to %1 on this node, or mount the shared storage there (NFS) so that "
                                  "every node sees the same folder.")
                    .arg(plan.modelPath));
        else
            results << make("model-files", pn, Severity::Pass,
                            PreflightText::tr("%n file(s), %1 GiB", nullptr, int(files.size()))
                                .arg(double(bytes) / (1024.0 * 1024 * 1024), 0, 'f', 1),
                            out->evidence().left(4000));
    }
    if (const CommandOutput* out = facts.output(QStringLiteral("df")); out && out->ok()) {
        const auto disk = cluster::parseDfBytes(out->standardOutput);
        if (disk) {
            const double gib = double(disk->availableBytes) / (1024.0 * 1024 * 1024);
            results << (disk->availableBytes < kMinFreeDiskBytes
                            ? make("disk-space", pn, Severity::Warning,
                                   PreflightText::tr("%1 GiB free on %2").arg(gib, 0, 'f', 1).arg(disk->mountPoint),
                                   out->evidence(),
                                   PreflightText::tr(
                                       "Free space on %1: images, caches and compiled graphs need tens of GiB.")
                                       .arg(disk->mountPoint))
                            : make("disk-space", pn, Severity::Pass,
                                   PreflightText::tr("%1 GiB free on %2").arg(gib, 0, 'f', 0).arg(disk->mountPoint),
                                   out->evidence()));
        }
    }
    return results;
}

QList<CheckResult> evaluateNode(const PreflightPlan& plan, const PlannedNode& node, const NodeFacts& facts)
{
    QList<CheckResult> results = checkAccess(node, facts);
    const CommandOutput* id = facts.output(QStringLiteral("id"));
    if (!id || id->status != remote::ExecStatus::Ok)
        return results; // nothing else ran
    results << checkNpus(plan, node, facts);
    results << checkNpuNetwork(node, facts);
    results << checkHost(plan, node, facts);
    results << checkNpuAccess(plan, node, facts);
    results << checkRankTable(plan, node, facts);
    return results;
}

} // namespace npufleet::checks
