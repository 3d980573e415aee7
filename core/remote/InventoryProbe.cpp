// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/InventoryProbe.h"

#include <QCoreApplication>

#include "core/cluster/NpuSmiParser.h"

namespace npufleet::remote {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("npufleet::remote", text);
}

const char* kNvidiaQuery = "nvidia-smi --query-gpu=index,name,memory.used,memory.total,temperature.gpu,power.draw,"
                           "utilization.gpu --format=csv,noheader,nounits";
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
    const auto run = [&](const QString& command) { return transport.execute(node, {command, 30'000, {}}, cancel); };

    const ExecResult host = run(QStringLiteral("hostname"));
    if (host.status != ExecStatus::Ok) {
        live.status = statusFor(host.status);
        live.message = host.message;
        return live;
    }
    live.status = transport.isSimulated() ? cluster::NodeStatus::Simulated : cluster::NodeStatus::Connected;
    live.hostname = QString::fromUtf8(host.standardOutput).trimmed();

    if (node.hardware.vendor == cluster::Vendor::Ascend) {
        const ExecResult smi = run(QStringLiteral("npu-smi info"));
        if (smi.succeeded()) {
            const auto report = cluster::parseNpuSmiInfo(smi.standardOutput);
            if (report)
                live.accelerators = report->accelerators;
            else
                live.message = tr("npu-smi output not understood: %1").arg(report.error().toString());
        } else {
            live.message = tr("npu-smi failed: %1").arg(QString::fromUtf8(smi.standardError).trimmed());
        }
    } else {
        const ExecResult smi = run(QLatin1String(kNvidiaQuery));
        if (!smi.succeeded())
            live.message = tr("nvidia-smi failed: %1").arg(QString::fromUtf8(smi.standardError).trimmed());
    }
    return live;
}

} // namespace npufleet::remote
