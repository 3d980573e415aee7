// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/InventoryProbe.h"

#include <QCoreApplication>

#include "core/cluster/HostParsers.h"
#include "core/cluster/NpuSmiParser.h"
#include "core/cluster/NvidiaSmiParser.h"
#include "core/remote/RemoteText.h"

namespace npufleet::remote {

namespace {

constexpr int kCommandNotFound = 127;

QString complaint(const ExecResult& result)
{
    const QString text = QString::fromUtf8(result.standardError).trimmed();
    if (!text.isEmpty())
        return text;
    return result.message.isEmpty() ? RemoteText::tr("exit status %1").arg(result.exitStatus) : result.message;
}
} // namespace

cluster::NodeStatus statusFor(ExecStatus status)
{
    switch (status) {
    case ExecStatus::Ok:
        return cluster::NodeStatus::Connected;
    case ExecStatus::Unreachable:
    case ExecStatus::TimedOut:
        return cluster::NodeStatus::Unreachable;
    case ExecStatus::AuthFailed:
        return cluster::NodeStatus::AuthFailed;
    case ExecStatus::HostKeyUnknown:
    case ExecStatus::HostKeyChanged:
        return cluster::NodeStatus::HostKeyUnverified;
    case ExecStatus::Cancelled:
        return cluster::NodeStatus::Unknown;
    case ExecStatus::Failed:
        break;
    }
    return cluster::NodeStatus::Failed;
}

cluster::NodeLive probeNode(Transport& transport, const cluster::Node& node, const std::atomic_bool& cancel)
{
    cluster::NodeLive live;
    live.updated = QDateTime::currentDateTimeUtc();
    const auto run = [&](const QString& command, CommandKind kind) {
        return transport.execute(node, {command, 30'000, {}, true, CommandIntent::of(kind)}, cancel);
    };

    const ExecResult host = run(QStringLiteral("hostname"), CommandKind::Hostname);
    if (host.status != ExecStatus::Ok) {
        live.status = statusFor(host.status);
        live.message = host.message;
        return live;
    }
    live.status = transport.isSimulated() ? cluster::NodeStatus::Simulated : cluster::NodeStatus::Connected;
    live.hostname = QString::fromUtf8(host.standardOutput).trimmed();

    const ExecResult ip = run(QStringLiteral("ip -o -4 addr show"), CommandKind::Addresses);
    if (ip.succeeded()) {
        if (auto interfaces = cluster::parseIpAddr(ip.standardOutput))
            live.interfaces = *interfaces;
    }

    const ExecResult os = run(QStringLiteral("cat /etc/os-release"), CommandKind::OsRelease);
    if (os.succeeded()) {
        if (auto release = cluster::parseOsRelease(os.standardOutput))
            live.os = release->prettyName;
    }
    const ExecResult memory = run(QStringLiteral("free -b"), CommandKind::Memory);
    if (memory.succeeded()) {
        if (auto info = cluster::parseFreeBytes(memory.standardOutput)) {
            live.memoryTotalBytes = info->totalBytes;
            live.memoryAvailableBytes = info->availableBytes;
        }
    }

    const ExecResult containers = run(QStringLiteral("docker ps --format '{{.Names}}'"), CommandKind::Containers);
    if (containers.succeeded())
        live.containers = QString::fromUtf8(containers.standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    // Ascend first unless the node says NVIDIA; a node without npu-smi may still have nvidia-smi.
    bool tryNvidia = node.hardware.vendor != cluster::Vendor::Ascend;
    if (!tryNvidia) {
        const ExecResult smi = run(QStringLiteral("npu-smi info"), CommandKind::NpuSmi);
        if (smi.succeeded()) {
            const auto report = cluster::parseNpuSmiInfo(smi.standardOutput);
            if (report) {
                live.accelerators = report->accelerators;
                live.warnings = report->warnings;
            } else {
                live.message = RemoteText::tr("npu-smi output not understood: %1").arg(report.error().toString());
            }
        } else if (smi.status == ExecStatus::Ok && smi.exitStatus == kCommandNotFound && !transport.isSimulated()) {
            tryNvidia = true;
        } else {
            live.message = RemoteText::tr("npu-smi failed: %1").arg(complaint(smi));
        }
    }
    if (tryNvidia) {
        const ExecResult smi = run(QLatin1String(cluster::kNvidiaSmiQuery), CommandKind::NvidiaSmi);
        if (smi.succeeded()) {
            const auto gpus = cluster::parseNvidiaSmiQuery(smi.standardOutput, &live.warnings);
            if (gpus)
                live.accelerators = *gpus;
            else
                live.message = RemoteText::tr("nvidia-smi output not understood: %1").arg(gpus.error().toString());
        } else if (smi.status == ExecStatus::Ok && smi.exitStatus == kCommandNotFound) {
            live.message = RemoteText::tr("neither npu-smi nor nvidia-smi was found on the node");
        } else {
            live.message = RemoteText::tr("nvidia-smi failed: %1").arg(complaint(smi));
        }
    }
    return live;
}

} // namespace npufleet::remote
