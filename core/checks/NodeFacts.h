// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include "core/checks/PreflightPlan.h"
#include "core/remote/Transport.h"

namespace npufleet::checks {

// One command the pre-flight runs on a node; key names its output in NodeFacts.
struct ProbeCommand
{
    QString key; // "npu-smi", "link/3", "ping/3/ds-node1/3", ...
    QString command;
    int timeoutMs = 20'000;
    remote::CommandIntent intent {}; // what the command asks, for the simulator
};

struct CommandOutput
{
    remote::ExecStatus status = remote::ExecStatus::Failed;
    int exitStatus = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    QString message; // the transport's reason when status is not Ok
    qint64 startedMs = 0; // local clock around the call: the clock check uses their middle
    qint64 finishedMs = 0;

    bool ok() const { return status == remote::ExecStatus::Ok && exitStatus == 0; }
    // stdout, then stderr, then the transport's message: what the user sees as evidence.
    QString evidence() const;
};

// What one node answered. Checks are pure functions of these, so they can be tested from recordings.
struct NodeFacts
{
    QString node;
    QMap<QString, CommandOutput> outputs;

    const CommandOutput* output(const QString& key) const;
    bool has(const QString& key) const { return outputs.contains(key); }
};

// The commands for one node, in the order they run. The first ("id") doubles as the reachability test.
// What the image probe prints when the image is not on the node: whether the registry has it.
inline constexpr char kImagePullableMarker[] = "npufleet: image pullable";
inline constexpr char kImageNotPullableMarker[] = "npufleet: image not pullable";

QList<ProbeCommand> probeCommands(const PreflightPlan& plan, const PlannedNode& node);

// `hccn_tool -i NPU -QUERY -g [address ADDRESS]`: one query of an NPU's network settings.
QString hccnQueryCommand(int npu, const QString& query, const QString& address = {});

// Keys of the per-NPU commands.
QString npuKey(const char* what, int device);

} // namespace npufleet::checks

Q_DECLARE_METATYPE(npufleet::checks::CommandOutput)
