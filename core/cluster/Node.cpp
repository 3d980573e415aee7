// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cluster/Node.h"

#include <QCoreApplication>

namespace npufleet::cluster {

QList<Accelerator> Node::accelerators() const
{
    if (!live.accelerators.isEmpty())
        return live.accelerators;
    QList<Accelerator> declared;
    declared.reserve(hardware.acceleratorCount);
    for (int i = 0; i < hardware.acceleratorCount; ++i) {
        Accelerator a;
        a.vendor = hardware.vendor;
        a.index = i;
        a.name = hardware.chip;
        if (hardware.memoryMibPerAccelerator > 0)
            a.hbmTotalMib = hardware.memoryMibPerAccelerator;
        declared << a;
    }
    return declared;
}

QString Node::clusterAddress() const
{
    for (const auto* list : {&live.interfaces, &interfaces}) {
        for (const NetworkInterface& nic : *list) {
            if (nic.name == clusterInterface && !nic.address.isEmpty())
                return nic.address;
        }
    }
    return host;
}

QString npuAccessKey(NpuAccess access)
{
    return access == NpuAccess::AscendRuntime ? QStringLiteral("ascend-docker-runtime") : QStringLiteral("devices");
}

std::optional<NpuAccess> npuAccessFromKey(const QString& key)
{
    for (NpuAccess a : {NpuAccess::Devices, NpuAccess::AscendRuntime}) {
        if (npuAccessKey(a) == key)
            return a;
    }
    return std::nullopt;
}

QStringList npuAccessKeys()
{
    return {npuAccessKey(NpuAccess::Devices), npuAccessKey(NpuAccess::AscendRuntime)};
}

QString simulatedFaultKey(SimulatedFault fault)
{
    switch (fault) {
    case SimulatedFault::None:
        break;
    case SimulatedFault::Unreachable:
        return QStringLiteral("unreachable");
    case SimulatedFault::Silent:
        return QStringLiteral("silent");
    case SimulatedFault::NpuAlarm:
        return QStringLiteral("npu-alarm");
    }
    return {};
}

std::optional<SimulatedFault> simulatedFaultFromKey(const QString& key)
{
    for (SimulatedFault f :
         {SimulatedFault::None, SimulatedFault::Unreachable, SimulatedFault::Silent, SimulatedFault::NpuAlarm}) {
        if (simulatedFaultKey(f) == key)
            return f;
    }
    return std::nullopt;
}

QStringList simulatedFaultKeys()
{
    return {simulatedFaultKey(SimulatedFault::Unreachable), simulatedFaultKey(SimulatedFault::Silent),
            simulatedFaultKey(SimulatedFault::NpuAlarm)};
}

QString roleKey(NodeRole role)
{
    return role == NodeRole::Head ? QStringLiteral("head") : QStringLiteral("worker");
}

QString statusText(NodeStatus status)
{
    switch (status) {
    case NodeStatus::Unknown:
        return QCoreApplication::translate("npufleet::cluster", "not refreshed");
    case NodeStatus::Refreshing:
        return QCoreApplication::translate("npufleet::cluster", "refreshing…");
    case NodeStatus::Connected:
        return QCoreApplication::translate("npufleet::cluster", "connected");
    case NodeStatus::Simulated:
        return QCoreApplication::translate("npufleet::cluster", "simulated");
    case NodeStatus::Unreachable:
        return QCoreApplication::translate("npufleet::cluster", "unreachable");
    case NodeStatus::AuthFailed:
        return QCoreApplication::translate("npufleet::cluster", "authentication failed");
    case NodeStatus::HostKeyUnverified:
        return QCoreApplication::translate("npufleet::cluster", "host key not verified");
    case NodeStatus::Failed:
        return QCoreApplication::translate("npufleet::cluster", "failed");
    }
    return {};
}

} // namespace npufleet::cluster
