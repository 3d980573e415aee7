// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `npufleet node add|set|remove --project P ...`: the cluster's nodes, edited in the project file.
#include <QHostAddress>
#include <QRegularExpression>

#include "core/cluster/Accelerator.h"

#include "app/cli/CliIo.h"
#include "app/cli/CliVerbs.h"
#include "app/cli/ProjectEditing.h"

namespace npufleet::cli {

namespace {

const QString kVerb = QStringLiteral("node");

QCommandLineOption option(const char* name, const QString& help, const QString& value = {})
{
    return QCommandLineOption(QLatin1String(name), help, value);
}

// --npu-access for add and set: how the node's containers get their NPUs.
bool readNpuAccess(const QCommandLineParser& p, cluster::Node& n)
{
    if (!p.isSet(QStringLiteral("npu-access")))
        return true;
    const auto access = cluster::npuAccessFromKey(p.value(QStringLiteral("npu-access")));
    if (!access) {
        usageError(kVerb, CliText::tr("--npu-access is %1").arg(cluster::npuAccessKeys().join(QStringLiteral(" or "))));
        return false;
    }
    n.npuAccess = *access;
    return true;
}

// --npu-address N=A (repeatable): an NPU's RoCE address as `hccn_tool -i N -ip -g` reports it; N= forgets it.
bool readNpuAddresses(const QCommandLineParser& p, cluster::Node& n)
{
    for (const QString& item : p.values(QStringLiteral("npu-address"))) {
        bool ok = false;
        const int npu = item.section(QLatin1Char('='), 0, 0).toInt(&ok);
        const QString address = item.section(QLatin1Char('='), 1);
        if (!ok || npu < 0 || npu > 63 || !item.contains(QLatin1Char('='))) {
            usageError(kVerb, CliText::tr("--npu-address takes N=A: an NPU id and its address, e.g. 0=192.168.100.51"));
            return false;
        }
        if (address.isEmpty()) {
            n.npuAddresses.remove(npu);
        } else if (QHostAddress(address).protocol() != QAbstractSocket::IPv4Protocol) {
            usageError(kVerb, CliText::tr("--npu-address %1: '%2' is not an IPv4 address").arg(npu).arg(address));
            return false;
        } else {
            n.npuAddresses.insert(npu, address);
        }
    }
    return true;
}

int setNode(const QCommandLineParser& p, project::ProjectData& data)
{
    const QString name = p.value(QStringLiteral("name"));
    const int i = data.nodeIndex(name);
    if (i < 0)
        return usageError(kVerb, CliText::tr("the project has no node named %1").arg(name));
    if (!p.isSet(QStringLiteral("npu-access")) && !p.isSet(QStringLiteral("npu-address")))
        return usageError(kVerb, CliText::tr("nothing to set: give --npu-access or --npu-address"));
    if (!readNpuAccess(p, data.nodes[i]) || !readNpuAddresses(p, data.nodes[i]))
        return 2;
    return -1;
}

int addNode(const QCommandLineParser& p, project::ProjectData& data)
{
    cluster::Node n;
    n.name = p.value(QStringLiteral("name"));
    if (!editing::validName(kVerb, CliText::tr("node"), n.name))
        return 2;
    if (data.nodeIndex(n.name) >= 0)
        return usageError(kVerb, CliText::tr("the project already has a node named %1").arg(n.name));
    n.host = p.value(QStringLiteral("host"));
    if (n.host.isEmpty() || n.host.startsWith(QLatin1Char('-')) || n.host.contains(QLatin1Char(' ')))
        return usageError(kVerb, CliText::tr("--host needs an address or host name"));
    n.user = p.isSet(QStringLiteral("user")) ? p.value(QStringLiteral("user")) : QStringLiteral("root");
    if (p.isSet(QStringLiteral("port"))
        && !editing::readInt(kVerb, QStringLiteral("port"), p.value(QStringLiteral("port")), 1, 65535, &n.port))
        return 2;
    const QString role = p.isSet(QStringLiteral("role"))
        ? p.value(QStringLiteral("role"))
        : (data.nodes.isEmpty() ? QStringLiteral("head") : QStringLiteral("worker"));
    if (role != QLatin1String("head") && role != QLatin1String("worker"))
        return usageError(kVerb, CliText::tr("--role is head or worker"));
    n.role = role == QLatin1String("head") ? cluster::NodeRole::Head : cluster::NodeRole::Worker;
    const QString vendor
        = p.isSet(QStringLiteral("vendor")) ? p.value(QStringLiteral("vendor")) : QStringLiteral("ascend");
    const std::optional<cluster::Vendor> v = cluster::vendorFromKey(vendor);
    if (!v)
        return usageError(kVerb, CliText::tr("--vendor is ascend or nvidia"));
    n.hardware.vendor = *v;
    n.hardware.chip = p.value(QStringLiteral("chip"));
    n.hardware.acceleratorCount = 8;
    if (p.isSet(QStringLiteral("npus"))
        && !editing::readInt(kVerb, QStringLiteral("npus"), p.value(QStringLiteral("npus")), 1, 64,
                             &n.hardware.acceleratorCount))
        return 2;
    if (p.isSet(QStringLiteral("hbm-gib"))) {
        int gib = 0;
        if (!editing::readInt(kVerb, QStringLiteral("hbm-gib"), p.value(QStringLiteral("hbm-gib")), 1, 1024, &gib))
            return 2;
        n.hardware.memoryMibPerAccelerator = qint64(gib) * 1024;
    }
    if (!readNpuAccess(p, n) || !readNpuAddresses(p, n))
        return 2;
    n.clusterInterface = p.value(QStringLiteral("nic"));
    static const QRegularExpression ifname(QStringLiteral("^[A-Za-z0-9._-]{1,15}$")); // Linux IFNAMSIZ
    if (!n.clusterInterface.isEmpty()) {
        if (!ifname.match(n.clusterInterface).hasMatch())
            return usageError(kVerb, CliText::tr("--nic '%1' is not a network interface name").arg(n.clusterInterface));
        const QString address
            = p.isSet(QStringLiteral("nic-address")) ? p.value(QStringLiteral("nic-address")) : n.host;
        if (QHostAddress(address).protocol() != QAbstractSocket::IPv4Protocol)
            return usageError(kVerb, CliText::tr("--nic-address needs the interface's IPv4 address (default: --host)"));
        n.interfaces << cluster::NetworkInterface {n.clusterInterface, address, 24};
    }
    if (n.role == cluster::NodeRole::Head) {
        for (cluster::Node& other : data.nodes)
            other.role = cluster::NodeRole::Worker; // one head
    }
    data.nodes << n;
    return -1;
}

int removeNode(const QCommandLineParser& p, project::ProjectData& data)
{
    const QString name = p.value(QStringLiteral("name"));
    const int i = data.nodeIndex(name);
    if (i < 0)
        return usageError(kVerb, CliText::tr("the project has no node named %1").arg(name));
    for (const project::Deployment& d : std::as_const(data.deployments)) {
        for (const project::Placement& pl : d.placement) {
            if (pl.node == name)
                return usageError(kVerb,
                                  CliText::tr("deployment %1 runs on %2: remove or move it first").arg(d.name, name));
        }
    }
    data.nodes.removeAt(i);
    return -1;
}

} // namespace

int runNode(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions(
        {option("project", CliText::tr("The project file to edit."), CliText::tr("P.yaml")),
         option("name", CliText::tr("The node's name."), CliText::tr("NAME")),
         option("host", CliText::tr("Address or host name to reach it over SSH."), CliText::tr("HOST")),
         option("user", CliText::tr("SSH user (default root)."), CliText::tr("USER")),
         option("port", CliText::tr("SSH port (default 22)."), CliText::tr("PORT")),
         option("role", CliText::tr("head or worker (default: head for the first node)."), CliText::tr("ROLE")),
         option("vendor", CliText::tr("ascend or nvidia (default ascend)."), CliText::tr("VENDOR")),
         option("chip", CliText::tr("Accelerator model, e.g. 910B3."), CliText::tr("CHIP")),
         option("npus", CliText::tr("Accelerators in the node (default 8)."), CliText::tr("N")),
         option("hbm-gib", CliText::tr("Memory per accelerator in GiB, e.g. 64."), CliText::tr("G")),
         option("nic", CliText::tr("Network interface for cluster traffic (HCCL_SOCKET_IFNAME)."),
                CliText::tr("IFACE")),
         option("nic-address", CliText::tr("IPv4 address of --nic (default: --host)."), CliText::tr("IP")),
         option("npu-access",
                CliText::tr("How containers get the NPUs: devices (--device lines, the default) or "
                            "ascend-docker-runtime (ASCEND_VISIBLE_DEVICES)."),
                CliText::tr("HOW")),
         option("npu-address",
                CliText::tr("An NPU's RoCE address as hccn_tool -i N -ip -g reports it, for MindIE's rank table "
                            "(repeat for each NPU; N= forgets one)."),
                CliText::tr("N=A"))});
    p.addPositionalArgument(QStringLiteral("action"), CliText::tr("add, set or remove"), CliText::tr("add|set|remove"));
    if (const int code
        = parseArguments(p, kVerb, CliText::tr("Add a node to a project, change one, or remove one."), args);
        code >= 0)
        return code;
    const QStringList rest = p.positionalArguments();
    const QString action = rest.value(0);
    if (rest.size() != 1
        || (action != QLatin1String("add") && action != QLatin1String("set") && action != QLatin1String("remove")))
        return usageError(kVerb, CliText::tr("use: npufleet node add|set|remove --project P --name N ..."));
    if (!p.isSet(QStringLiteral("name")))
        return usageError(kVerb, CliText::tr("--name is required"));
    const QString path = p.value(QStringLiteral("project"));
    std::optional<project::ProjectData> data = editing::openForEditing(kVerb, path);
    if (!data)
        return 2;
    const int code = action == QLatin1String("add") ? addNode(p, *data)
        : action == QLatin1String("set")            ? setNode(p, *data)
                                                    : removeNode(p, *data);
    if (code >= 0)
        return code;
    return editing::save(kVerb, *data, path) ? 0 : 2;
}

} // namespace npufleet::cli
