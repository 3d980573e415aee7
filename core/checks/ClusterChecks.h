// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>

#include "core/checks/CheckResult.h"
#include "core/checks/NodeFacts.h"
#include "core/checks/PreflightPlan.h"

// Checks that compare nodes with each other, and the cross-node NPU ping matrix.
namespace npufleet::checks {

// model-files (same list and sizes everywhere), versions (driver, CANN, Docker, image), clock (skew vs the head).
// Results for a node may repeat a per-node id: mergeResults keeps the worse one.
QList<CheckResult> evaluateCluster(const PreflightPlan& plan, const QList<NodeFacts>& facts);

enum class PingState { Ok, Loss, Failed, NotTested };

// One cell of the matrix: NPU fromNpu of fromNode pinging NPU toNpu of toNode.
struct PingCell
{
    QString fromNode;
    int fromNpu = 0;
    QString toNode;
    int toNpu = 0;
    QString address; // the peer NPU's RoCE address
    PingState state = PingState::NotTested;
    double lossPercent = 100.0;
    QString evidence;
};

QString pingStateKey(PingState state); // ok | loss | failed | not-tested

// Up to this many nodes every node pings every other; beyond, each node pings the next node of the plan and
// the one half way round (a ring and its chords). Every NPU still sends and receives on its plane, so a dead
// port or link shows, while the pings grow with N instead of N² (256 nodes: 4,096 instead of 522,240).
constexpr qsizetype kFullMeshPingNodes = 8;
// The nodes `from` pings, in plan order.
QList<const PlannedNode*> pingPeers(const PreflightPlan& plan, const PlannedNode& from);

// The pings to run, as commands keyed "ping/<fromNpu>/<toNode>/<toNpu>" per source node: the k-th NPU of
// each node pings the k-th NPU of its peers (pingPeers: every other node in small plans; the same RoCE plane). Pairs
// where either NPU has no address or no link are left out: those faults are reported by npu-ip / npu-link.
QList<ProbeCommand> pingCommands(const PreflightPlan& plan, const PlannedNode& from, const QList<NodeFacts>& facts);

// The full matrix (untested pairs included) and one npu-ping result per node that pinged.
QList<PingCell> pingMatrix(const PreflightPlan& plan, const QList<NodeFacts>& facts);
QList<CheckResult> evaluatePings(const PreflightPlan& plan, const QList<PingCell>& matrix);

// Per (id, node) the worst result; order follows CheckCatalog::ids(), then node order of the plan.
QList<CheckResult> mergeResults(const PreflightPlan& plan, const QList<CheckResult>& results);

} // namespace npufleet::checks

Q_DECLARE_METATYPE(npufleet::checks::PingCell)
