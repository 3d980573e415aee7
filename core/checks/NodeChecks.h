// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "core/checks/CheckResult.h"
#include "core/checks/NodeFacts.h"
#include "core/checks/PreflightPlan.h"

// The checks of one node, as pure functions of its recorded answers.
namespace npufleet::checks {

// Everything below for one node; a node that cannot be reached gives only its "ssh" error.
QList<CheckResult> evaluateNode(const PreflightPlan& plan, const PlannedNode& node, const NodeFacts& facts);

QList<CheckResult> checkAccess(const PlannedNode& node, const NodeFacts& facts);
// npu-health, npu-memory, npu-processes from `npu-smi info`.
QList<CheckResult> checkNpus(const PreflightPlan& plan, const PlannedNode& node, const NodeFacts& facts);
// npu-link, npu-net-health, npu-ip, npu-gateway, npu-lldp, hccn-conf from hccn_tool and /etc/hccn.conf.
QList<CheckResult> checkNpuNetwork(const PlannedNode& node, const NodeFacts& facts);
// host-nic, docker-engine, docker-image, shm-size, firewalld, ports, model-files, disk-space.
QList<CheckResult> checkHost(const PreflightPlan& plan, const PlannedNode& node, const NodeFacts& facts);

// npu-access: how containers get the NPUs (Docker's runtimes, the default one, Swarm's generic resources)
// against what the launch expects.
QList<CheckResult> checkNpuAccess(const PreflightPlan& plan, const PlannedNode& node, const NodeFacts& facts);

// rank-table: the project's NPU addresses (what hccl.json is made of) against `hccn_tool -i N -ip -g` now.
QList<CheckResult> checkRankTable(const PreflightPlan& plan, const PlannedNode& node, const NodeFacts& facts);

// The containers of an earlier run of the plan's deployment that run on the node (`docker ps`): Launch stops and
// removes them first, so the HBM and ports they hold are not in its way.
QStringList earlierRun(const PreflightPlan& plan, const NodeFacts& facts);

// An NPU's RoCE address as `hccn_tool -ip -g` reported it, when its link is up (for the ping matrix).
QString reachableNpuAddress(const NodeFacts& facts, int device);

} // namespace npufleet::checks
