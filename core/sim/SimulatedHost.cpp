// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/SimulatedHost.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include "core/model/ModelCatalog.h"
#include "core/sim/SimulatedNpuSmi.h"

namespace npufleet::sim {

using remote::CommandKind;

namespace {

bool isAscend(const cluster::Node& node)
{
    return node.hardware.vendor == cluster::Vendor::Ascend && !node.simulation.isEmpty();
}

int hostOctet(const cluster::Node& node)
{
    return qBound(1, node.host.section(QLatin1Char('.'), 3, 3).toInt(), 254);
}

// A template among the recordings, filled for one NPU of the node.
QByteArray filled(QByteArray text, const cluster::Node& node, int npu, const QString& address = {})
{
    const int octet = hostOctet(node);
    text.replace("{npu}", QByteArray::number(npu));
    text.replace("{npu_ip}", QStringLiteral("192.168.%1.%2").arg(100 + npu).arg(octet).toUtf8());
    text.replace("{gateway}", QStringLiteral("192.168.%1.1").arg(100 + npu).toUtf8());
    text.replace("{port}", QByteArray::number(npu + 1 + 8 * (octet % 4)));
    text.replace("{address}", address.toUtf8());
    return text;
}

std::optional<NodeReply>
hccnQuery(const cluster::Node& node, const remote::CommandIntent& intent, const Recording& recorded)
{
    static const QHash<QString, QString> files {
        {QStringLiteral("link"), QStringLiteral("hccn-link.txt")},
        {QStringLiteral("net_health"), QStringLiteral("hccn-net-health.txt")},
        {QStringLiteral("ip"), QStringLiteral("hccn-ip.txt")},
        {QStringLiteral("gateway"), QStringLiteral("hccn-gateway.txt")},
        {QStringLiteral("netdetect"), QStringLiteral("hccn-netdetect.txt")},
        {QStringLiteral("lldp"), QStringLiteral("hccn-lldp.txt")},
        {QStringLiteral("ping"), QStringLiteral("hccn-ping.txt")},
    };
    const QString file = files.value(intent.field);
    if (!isAscend(node) || file.isEmpty() || intent.npu < 0
        || intent.npu >= std::max(node.hardware.acceleratorCount, 8))
        return std::nullopt;
    return NodeReply {0, filled(recorded(file), node, intent.npu, intent.value), {}};
}

QByteArray addresses(const cluster::Node& node)
{
    QByteArray out = "1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n";
    int index = 2;
    for (const cluster::NetworkInterface& nic : node.interfaces) {
        out += QStringLiteral("%1: %2    inet %3/%4 scope global %2\\       valid_lft forever preferred_lft forever\n")
                   .arg(index++)
                   .arg(nic.name, nic.address)
                   .arg(nic.prefixLength > 0 ? nic.prefixLength : 24)
                   .toUtf8();
    }
    return out;
}

QByteArray osRelease(const cluster::Node& node)
{
    const QString os = node.hardware.os.isEmpty() ? QStringLiteral("openEuler 22.03 (LTS-SP1)") : node.hardware.os;
    const QString name = os.section(QLatin1Char(' '), 0, 0);
    const QString version = os.section(QLatin1Char(' '), 1);
    return QStringLiteral("NAME=\"%1\"\nVERSION=\"%2\"\nID=\"%3\"\nVERSION_ID=\"%4\"\nPRETTY_NAME=\"%5\"\n")
        .arg(name, version, name.toLower(), version.section(QLatin1Char(' '), 0, 0), os)
        .toUtf8();
}

// Docker's runtimes (pre-flight's npu-access): what the project says the node uses, all NPUs offered to Swarm.
QByteArray dockerRuntimes(const cluster::Node& node)
{
    const bool runtime = node.npuAccess == cluster::NpuAccess::AscendRuntime;
    return QByteArray(R"({"io.containerd.runc.v2":{"path":"runc"},"runc":{"path":"runc"})")
        + (runtime
               ? QByteArray(R"(,"ascend":{"path":"/usr/local/Ascend/Ascend-Docker-Runtime/ascend-docker-runtime"}})")
               : QByteArray("}"))
        + (runtime ? "\nascend\n" : "\nrunc\n")
        + (runtime ? QStringLiteral(R"([{"DiscreteResourceSpec":{"Kind":"NPU","Value":%1}}])")
                         .arg(std::max(node.hardware.acceleratorCount, 8))
                         .toUtf8()
                   : QByteArray("null"))
        + '\n';
}

} // namespace

std::optional<NodeReply>
answerHost(const cluster::Node& node, const remote::CommandIntent& intent, const Recording& recorded)
{
    const auto printed = [](const QByteArray& text) { return NodeReply {0, text, {}}; };
    switch (intent.kind) {
    case CommandKind::Hostname:
        return printed(node.name.toUtf8() + '\n');
    case CommandKind::NpuSmi:
        if (node.hardware.vendor == cluster::Vendor::Ascend && !node.simulation.isEmpty()) {
            if (const QByteArray out = recorded(node.simulation); !out.isEmpty())
                return printed(
                    variedNpuSmi(out, node.simulationSeed, node.simulationFault == cluster::SimulatedFault::NpuAlarm));
        }
        return std::nullopt;
    case CommandKind::Addresses:
        return printed(addresses(node));
    case CommandKind::OsRelease:
        return printed(osRelease(node));
    case CommandKind::DockerVersion:
        return printed("24.0.9\n");
    case CommandKind::Containers: // a demo node runs no container of the project's: what it holds is another's
        return printed({});
    case CommandKind::Memory:
        return printed("               total        used        free      shared  buff/cache   available\n"
                       "Mem:     1621299703808  98765432832 1400000000000     1048576 122534270976 1510000000000\n"
                       "Swap:               0           0           0\n");
    case CommandKind::DiskFree:
        return printed("Filesystem        1B-blocks          Used     Available Use% Mounted on\n"
                       "/dev/nvme0n1p1 7681000000000 2304000000000 5377000000000  30% /data\n");
    case CommandKind::HccnQuery:
        return hccnQuery(node, intent, recorded);
    case CommandKind::HccnConf: {
        if (!isAscend(node))
            return std::nullopt;
        QByteArray conf;
        for (int i = 0; i < std::max(node.hardware.acceleratorCount, 1); ++i)
            conf += filled(recorded(QStringLiteral("hccn-conf-entry.txt")), node, i);
        return printed(conf);
    }
    case CommandKind::UserGroups: {
        const QByteArray user = node.user.isEmpty() ? QByteArray("root") : node.user.toUtf8();
        return printed(user + '\n' + user + (user == "root" ? QByteArray() : QByteArray(" docker")) + '\n');
    }
    case CommandKind::SudoCheck:
        return printed({});
    case CommandKind::Clock:
        return printed(QByteArray::number(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0, 'f', 3) + '\n');
    case CommandKind::DockerRuntimes:
        return printed(dockerRuntimes(node));
    case CommandKind::ImageId:
        return printed("sha256:" + QCryptographicHash::hash(intent.value.toUtf8(), QCryptographicHash::Sha256).toHex()
                       + '\n');
    case CommandKind::Firewall:
        return NodeReply {3, "inactive\n", {}}; // systemctl's "not active"
    case CommandKind::TcpListeners:
        return printed(recorded(QStringLiteral("ss-listening.txt")));
    case CommandKind::UdpListeners:
        return printed({}); // no UDP listeners on the demo nodes
    case CommandKind::ModelFiles:
        return printed(recorded(QStringLiteral("model-files.txt")));
    case CommandKind::ModelFile: // a demo folder named after a catalog model holds that model's config.json
        if (QFileInfo(intent.path).fileName() == QLatin1String("config.json")) {
            if (const auto entry = model::ModelCatalog::find(QFileInfo(QFileInfo(intent.path).path()).fileName())) {
                QFile config(entry->config);
                if (config.open(QIODevice::ReadOnly))
                    return printed(config.readAll());
            }
        }
        return NodeReply {1, {}, "cat: " + intent.path.toUtf8() + ": No such file or directory\n"};
    default:
        return std::nullopt;
    }
}

} // namespace npufleet::sim
