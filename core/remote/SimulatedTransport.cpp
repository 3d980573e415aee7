// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/SimulatedTransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutexLocker>

namespace npufleet::remote {

SimulatedTransport::SimulatedTransport(QString folder)
    : m_folder(std::move(folder))
{
}

QByteArray SimulatedTransport::recorded(const QString& name)
{
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
            return out;
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
    result.status = ExecStatus::Ok;
    result.standardOutput = answer(node, request.command, &result.exitStatus);
    if (result.exitStatus == 127) {
        result.standardError
            = QCoreApplication::translate("npufleet::remote", "simulated node %1: no recorded output for '%2'\n")
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

} // namespace npufleet::remote
