// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/SimulatedTransport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QThread>
#include <functional>

#include "core/sim/SimulatedLaunch.h"
#include "core/sim/SimulatedNpuSmi.h"
#include "core/sim/SimulatedText.h"
#include "core/util/SafeWord.h"

namespace npufleet::sim {

using remote::ExecRequest;
using remote::ExecResult;
using remote::ExecStatus;
using remote::OutputSink;
using remote::Stream;

namespace {

// Pre-flight commands of demo projects: NPU network (hccn_tool), host facts, Docker. Ascend answers are
// filled from templates in the simulation folder, with each NPU's address derived from the node's host
// address (NPU i of every node on plane 192.168.(100+i).0/24), so that nodes, hccn.conf and pings agree.
QByteArray answerCheck(const cluster::Node& node,
                       const QString& cmd,
                       int* exitStatus,
                       bool* handled,
                       const std::function<QByteArray(const QString&)>& recorded)
{
    *handled = true;
    *exitStatus = 0;
    const bool ascend = node.hardware.vendor == cluster::Vendor::Ascend && !node.simulation.isEmpty();
    const int hostOctet = qBound(1, node.host.section(QLatin1Char('.'), 3, 3).toInt(), 254);
    auto fill = [&](QByteArray text, int npu, const QString& address = {}) {
        text.replace("{npu}", QByteArray::number(npu));
        text.replace("{npu_ip}", QStringLiteral("192.168.%1.%2").arg(100 + npu).arg(hostOctet).toUtf8());
        text.replace("{gateway}", QStringLiteral("192.168.%1.1").arg(100 + npu).toUtf8());
        text.replace("{port}", QByteArray::number(npu + 1 + 8 * (hostOctet % 4)));
        text.replace("{address}", address.toUtf8());
        return text;
    };
    static const QRegularExpression hccnRe(
        QStringLiteral(R"(^hccn_tool\s+-i\s+(\d+)\s+-(\w+)\s+-g(?:\s+address\s+(\S+))?$)"));
    if (const QRegularExpressionMatch m = hccnRe.match(cmd); m.hasMatch() && ascend) {
        const int npu = m.captured(1).toInt();
        static const QHash<QString, QString> files {
            {QStringLiteral("link"), QStringLiteral("hccn-link.txt")},
            {QStringLiteral("net_health"), QStringLiteral("hccn-net-health.txt")},
            {QStringLiteral("ip"), QStringLiteral("hccn-ip.txt")},
            {QStringLiteral("gateway"), QStringLiteral("hccn-gateway.txt")},
            {QStringLiteral("netdetect"), QStringLiteral("hccn-netdetect.txt")},
            {QStringLiteral("lldp"), QStringLiteral("hccn-lldp.txt")},
            {QStringLiteral("ping"), QStringLiteral("hccn-ping.txt")},
        };
        const QString file = files.value(m.captured(2));
        if (!file.isEmpty() && npu < std::max(node.hardware.acceleratorCount, 8))
            return fill(recorded(file), npu, m.captured(3));
    }
    if ((cmd == QLatin1String("cat -- /etc/hccn.conf") || cmd == QLatin1String("cat /etc/hccn.conf")) && ascend) {
        QByteArray conf;
        for (int i = 0; i < std::max(node.hardware.acceleratorCount, 1); ++i)
            conf += fill(recorded(QStringLiteral("hccn-conf-entry.txt")), i);
        return conf;
    }
    if (cmd == QLatin1String("id -un && id -Gn")) {
        const QByteArray user = node.user.isEmpty() ? QByteArray("root") : node.user.toUtf8();
        return user + '\n' + user + (user == "root" ? QByteArray() : QByteArray(" docker")) + '\n';
    }
    if (cmd == QLatin1String("sudo -n true"))
        return {};
    if (cmd == QLatin1String("date +%s.%N"))
        return QByteArray::number(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0, 'f', 3) + '\n';
    // Docker's runtimes (pre-flight's npu-access): what the project says the node uses, all NPUs offered to Swarm.
    if (cmd.startsWith(QLatin1String("docker info --format '{{json .Runtimes}}"))) {
        const bool runtime = node.npuAccess == cluster::NpuAccess::AscendRuntime;
        return QByteArray(R"({"io.containerd.runc.v2":{"path":"runc"},"runc":{"path":"runc"})")
            + (runtime ? QByteArray(
                   R"(,"ascend":{"path":"/usr/local/Ascend/Ascend-Docker-Runtime/ascend-docker-runtime"}})")
                       : QByteArray("}"))
            + (runtime ? "\nascend\n" : "\nrunc\n")
            + (runtime ? QStringLiteral(R"([{"DiscreteResourceSpec":{"Kind":"NPU","Value":%1}}])")
                             .arg(std::max(node.hardware.acceleratorCount, 8))
                             .toUtf8()
                       : QByteArray("null"))
            + '\n';
    }
    if (cmd.startsWith(QLatin1String("docker image inspect")))
        return "sha256:"
            + QCryptographicHash::hash(cmd.section(QLatin1Char(' '), 4, 4).toUtf8(), QCryptographicHash::Sha256).toHex()
            + '\n';
    if (cmd == QLatin1String("systemctl is-active firewalld")) {
        *exitStatus = 3; // systemctl's "not active"
        return "inactive\n";
    }
    if (cmd.startsWith(QLatin1String("ss -ltn")))
        return recorded(QStringLiteral("ss-listening.txt"));
    if (cmd.startsWith(QLatin1String("ss -lun")))
        return {}; // no UDP listeners on the demo nodes
    if (cmd.startsWith(QLatin1String("find ")) && cmd.contains(QLatin1String("-type f")))
        return recorded(QStringLiteral("model-files.txt"));
    *handled = false;
    return {};
}

} // namespace

SimulatedTransport::SimulatedTransport(QString folder)
    : m_folder(std::move(folder))
{
}

QByteArray SimulatedTransport::recorded(const QString& name)
{
    // Only a file of the recordings folder: a name with a folder part would read any local file.
    if (!safe::bareFileNameProblem(name).isEmpty())
        return {};
    QMutexLocker lock(&m_mutex);
    auto it = m_cache.find(name);
    if (it == m_cache.end()) {
        QFile file(QDir(m_folder).filePath(name));
        QByteArray body;
        if (file.open(QIODevice::ReadOnly)) {
            // Recorded files start with '# ' lines naming their source; the machine never printed those.
            while (!file.atEnd()) {
                const QByteArray line = file.readLine();
                if (body.isEmpty() && line.startsWith("# "))
                    continue;
                body += line;
            }
        }
        it = m_cache.insert(name, body);
    }
    return it.value();
}

QByteArray SimulatedTransport::answer(const cluster::Node& node, const QString& command, int* exitStatus)
{
    *exitStatus = 0;
    const QString cmd = command.trimmed();
    if (cmd == QLatin1String("hostname"))
        return node.name.toUtf8() + '\n';
    if (cmd.startsWith(QLatin1String("npu-smi info")) && node.hardware.vendor == cluster::Vendor::Ascend) {
        const QByteArray out = node.simulation.isEmpty() ? QByteArray() : recorded(node.simulation);
        if (!out.isEmpty())
            return variedNpuSmi(out, node.simulationSeed, node.simulationFault == cluster::SimulatedFault::NpuAlarm);
    }
    if (cmd.startsWith(QLatin1String("ip -o -4 addr"))) {
        QByteArray out = "1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n";
        int index = 2;
        for (const cluster::NetworkInterface& nic : node.interfaces) {
            out += QStringLiteral(
                       "%1: %2    inet %3/%4 scope global %2\\       valid_lft forever preferred_lft forever\n")
                       .arg(index++)
                       .arg(nic.name, nic.address)
                       .arg(nic.prefixLength > 0 ? nic.prefixLength : 24)
                       .toUtf8();
        }
        return out;
    }
    if (cmd == QLatin1String("cat /etc/os-release")) {
        const QString os = node.hardware.os.isEmpty() ? QStringLiteral("openEuler 22.03 (LTS-SP1)") : node.hardware.os;
        const QString name = os.section(QLatin1Char(' '), 0, 0);
        const QString version = os.section(QLatin1Char(' '), 1);
        return QStringLiteral("NAME=\"%1\"\nVERSION=\"%2\"\nID=\"%3\"\nVERSION_ID=\"%4\"\nPRETTY_NAME=\"%5\"\n")
            .arg(name, version, name.toLower(), version.section(QLatin1Char(' '), 0, 0), os)
            .toUtf8();
    }
    if (cmd.startsWith(QLatin1String("docker version")))
        return "24.0.9\n";
    if (cmd == QLatin1String("free -b"))
        return "               total        used        free      shared  buff/cache   available\n"
               "Mem:     1621299703808  98765432832 1400000000000     1048576 122534270976 1510000000000\n"
               "Swap:               0           0           0\n";
    if (cmd.startsWith(QLatin1String("df -B1")))
        return "Filesystem        1B-blocks          Used     Available Use% Mounted on\n"
               "/dev/nvme0n1p1 7681000000000 2304000000000 5377000000000  30% /data\n";
    bool handled = false;
    const QByteArray checked
        = answerCheck(node, cmd, exitStatus, &handled, [this](const QString& name) { return recorded(name); });
    if (handled)
        return checked;
    *exitStatus = 127;
    return {};
}

ExecResult SimulatedTransport::execute(const cluster::Node& node,
                                       const ExecRequest& request,
                                       const std::atomic_bool& cancel,
                                       const OutputSink& sink)
{
    ExecResult result;
    if (cancel.load()) {
        result.status = ExecStatus::Cancelled;
        return result;
    }
    if (node.simulationFault == cluster::SimulatedFault::Unreachable) {
        result.status = ExecStatus::Unreachable;
        result.message = SimulationText::tr("simulated node %1: connection refused").arg(node.name);
        return result;
    }
    if (node.simulationFault == cluster::SimulatedFault::Silent) {
        // A host that drops every packet: the connection attempt ends at its timeout, or on cancel.
        const int waitMs = qMin(request.timeoutMs, m_silentWaitMs.load());
        QDeadlineTimer deadline(waitMs);
        while (!deadline.hasExpired() && !cancel.load())
            QThread::msleep(qMin<qint64>(20, qMax<qint64>(1, deadline.remainingTime())));
        result.status = cancel.load() ? ExecStatus::Cancelled : ExecStatus::Unreachable;
        if (!cancel.load())
            result.message = SimulationText::tr("simulated node %1: no answer within %2 s")
                                 .arg(node.name)
                                 .arg(waitMs / 1000.0, 0, 'g', 3);
        return result;
    }
    result.status = ExecStatus::Ok;
    result.standardOutput = answer(node, request.command, &result.exitStatus);
    if (result.exitStatus == 127) {
        // Shared-storage set-up keeps state (files, mounts, the share): its own simulator answers it.
        auto reply = m_storage.answer(node, request.command, request.standardInput);
        if (!reply) // launch and stop of demo deployments (docker, waits for /health)
            reply = simulateLaunch(node, request.command, request.standardInput);
        if (reply) {
            result.exitStatus = reply->exitStatus;
            result.standardOutput = reply->standardOutput;
            result.standardError = reply->standardError;
        }
    }
    if (result.exitStatus == 127) {
        result.standardError = SimulationText::tr("simulated node %1: no recorded output for '%2'\n")
                                   .arg(node.name, request.command)
                                   .toUtf8();
    }
    if (sink) {
        if (!result.standardOutput.isEmpty())
            sink(Stream::Stdout, result.standardOutput);
        if (!result.standardError.isEmpty())
            sink(Stream::Stderr, result.standardError);
    }
    return result;
}

} // namespace npufleet::sim
