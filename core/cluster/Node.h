// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

#include "core/cluster/Accelerator.h"

namespace npufleet::cluster {

enum class NodeRole { Worker, Head };

struct NetworkInterface
{
    QString name; // enp189s0f0
    QString address; // IPv4 address, no prefix
    int prefixLength = 0;
    friend bool operator==(const NetworkInterface&, const NetworkInterface&) = default;
};

// What the project says a node has; live inventory may later tell otherwise.
struct NodeHardware
{
    QString server; // Atlas 800I A2
    QString cpu; // Kunpeng 920
    QString os; // openEuler 22.03
    Vendor vendor = Vendor::Ascend;
    QString chip; // 910B4
    int acceleratorCount = 0;
    qint64 memoryMibPerAccelerator = 0; // HBM per NPU
    QVariantMap extra; // keys of the project file this version does not know, kept
    friend bool operator==(const NodeHardware&, const NodeHardware&) = default;
};

// How containers on the node get their NPUs. Devices: `--device /dev/davinciN` lines and driver mounts; the
// container numbers its NPUs 0..n-1. AscendRuntime: the Ascend Docker Runtime mounts what
// ASCEND_VISIBLE_DEVICES names (host numbering) and the driver; no --device lines.
enum class NpuAccess { Devices, AscendRuntime };
QString npuAccessKey(NpuAccess access); // "devices" | "ascend-docker-runtime"
std::optional<NpuAccess> npuAccessFromKey(const QString& key);
QStringList npuAccessKeys();

// Demo only: how a simulated node misbehaves. Unreachable refuses at once, Silent never answers (each call
// ends at its timeout, as a host that drops packets), NpuAlarm reports one NPU's health as Alarm.
enum class SimulatedFault { None, Unreachable, Silent, NpuAlarm };
QString simulatedFaultKey(SimulatedFault fault); // "" | "unreachable" | "silent" | "npu-alarm"
std::optional<SimulatedFault> simulatedFaultFromKey(const QString& key);
QStringList simulatedFaultKeys();

enum class NodeStatus { Unknown, Refreshing, Connected, Simulated, Unreachable, AuthFailed, HostKeyUnverified, Failed };

// What the last inventory found. Never saved in the project file.
struct NodeLive
{
    NodeStatus status = NodeStatus::Unknown;
    QString message; // reason for a failure, or the tool's complaint
    QStringList warnings; // "line N: ..." where the tool's output was incomplete, elided or mangled
    QString hostname;
    QList<Accelerator> accelerators;
    QList<NetworkInterface> interfaces;
    QString os; // PRETTY_NAME of /etc/os-release
    qint64 memoryTotalBytes = 0; // host memory, from free -b
    qint64 memoryAvailableBytes = 0;
    // Running containers as `docker ps` names them; unset when docker did not answer (not installed, no
    // permission). The memory rules do not count HBM against the deployment whose container runs here.
    std::optional<QStringList> containers;
    QDateTime updated;
};

struct Node
{
    QString name;
    QString host;
    int port = 22;
    QString user;
    NodeRole role = NodeRole::Worker;
    QStringList labels;
    QString identityFile;
    QString clusterInterface; // NIC carrying cluster traffic: HCCL_SOCKET_IFNAME & co.
    QList<NetworkInterface> interfaces; // as declared in the project
    NodeHardware hardware;
    NpuAccess npuAccess = NpuAccess::Devices; // how its containers get NPUs (pre-flight detects it)
    // Each NPU's RoCE address as `hccn_tool -i N -ip -g` reports it (NPU id -> address): the device_ip of a
    // rank table. Recorded facts, checked again by pre-flight against the live answers.
    QMap<int, QString> npuAddresses;
    QString simulation; // demo only: which recorded npu-smi output the simulator replays
    int simulationSeed = 0; // demo only: 0 replays the recording as is; else memory, load and processes vary
    SimulatedFault simulationFault = SimulatedFault::None; // demo only
    QVariantMap extra; // keys this version does not know, kept for the next save

    NodeLive live;

    // The accelerators to show and plan with: live ones when known, else those the hardware declares.
    QList<Accelerator> accelerators() const;
    // The address of clusterInterface, else the host.
    QString clusterAddress() const;
};

QString roleKey(NodeRole role);
QString statusText(NodeStatus status);

} // namespace npufleet::cluster
