// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/cluster/Node.h"

namespace npufleet::test {

// What is wrong with one node that answers the pre-flight as an Atlas 800I A2 (8 idle 910B4, 32 GB).
// Each fault changes the one answer a broken real node would give, and nothing else.
enum class StandInFault {
    None, // healthy
    LinkDown, // NPU 3: `hccn_tool -link -g` says DOWN
    NetHealthFail, // NPU 3: `-net_health -g` says Fault
    NpuWarning, // NPU 3: npu-smi Health Warning
    NpuAlarm, // NPU 6: npu-smi Health Alarm
    WrongNic, // the cluster address sits on enp189s0f1, not on standInClusterNic()
    FirewalldActive, // systemctl is-active firewalld: active
    ModelDirMissing, // find: the model folder does not exist
    PortInUse, // a python3 listens on 8000 (the default serving port)
    StaleHccnConf, // /etc/hccn.conf has an old address_5
    PingFails, // every NPU ping from this node loses all packets
    ImageMissing, // docker image inspect: No such image (the registry has it)
    ImageUnavailable, // not on the node, and docker manifest inspect: no such manifest
    CannMismatch, // the host's CANN toolkit is 8.0.RC3 instead of 8.1.RC1
    SmallMemory, // free -b: 12 GiB in all, less than the default --shm-size 16g
};

struct PreflightStandIn
{
    QString dir; // the node's folder (bin/ and data/ go under it)
    int index = 0; // 0-based
    int nodes = 1; // cluster size: pings answer for every node's NPU addresses
    StandInFault fault = StandInFault::None;
};

// Writes the stand-ins a pre-flight calls (npu-smi, hccn_tool with -link/-net_health/-ip/-gateway/-netdetect/
// -lldp/-ping, ip, docker, systemctl, ss, free, df, find when the model folder is "missing") and the files
// it reads (standInHccnConf, the CANN install info under standInAscendRoot), all from the recorded outputs
// of tests/fixtures/. Other commands (id, date, cat, real find of the model folder) are the machine's own.
bool writePreflightStandIns(const PreflightStandIn& node, QString* error);

// Where those files are, for the plan's PlannedNode::hccnConf and ::ascendRoot.
QString standInHccnConf(const QString& nodeDir);
QString standInAscendRoot(const QString& nodeDir);
// The node's cluster address as `ip -o -4 addr` prints it, and its NIC.
QString standInClusterAddress(int index);
QString standInClusterNic();
// A project node moved onto the fixture's node `live` (number index): its name, address, login and key, the
// stand-in cluster NIC and address, and no simulation. The rest (hardware, role, labels) stays.
void moveOntoStandIn(cluster::Node& node, const cluster::Node& live, int index);
// NPU d of node index: 29.1.(index+1).(10+d) in 29.1.0.0/16, the subnet of the fixtures' hccn.conf.
QString standInNpuAddress(int index, int device);

} // namespace npufleet::test
