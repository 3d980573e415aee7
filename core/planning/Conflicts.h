// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/project/ProjectData.h"

namespace npufleet::planning {

enum class ConflictKind {
    NpuUsedTwice, // two deployments (or one twice) on the same device
    UnknownDevice, // a node or device the cluster does not have
    HbmOverBudget, // the deployment's layout does not fit the NPU memory
    TpIndivisibleHeads, // TP does not divide the attention heads
    TpCrossesNodes, // a TP group spans nodes: all-reduce over RoCE
    NotContiguous, // a TP group's devices are scattered or straddle 0-3 / 4-7
    LayoutMismatch, // TP x PP x DP differs from the devices placed
    ModelUnavailable, // the model config cannot be read, so memory is unknown
    Unplaced, // no devices yet
};
enum class Severity { Error, Warning, Info };

struct Conflict
{
    ConflictKind kind = ConflictKind::Unplaced;
    Severity severity = Severity::Error;
    QString deployment;
    QString other; // the second deployment of NpuUsedTwice
    QString node; // empty when it concerns the whole deployment
    QList<int> devices;
    QString message;
};

// Memory one deployment takes on one NPU, as the planner estimates it for its current layout.
struct NpuUse
{
    QString node;
    int device = 0;
    QString deployment;
    bool estimated = false; // false: the layout or model is unusable, only ownership is known
    double weightBytes = 0;
    double kvBytes = 0;
    double overheadBytes = 0; // activation peak + non-torch + graphs
    double totalBytes = 0; // the NPU's HBM as the runtime sees it
    double usedBytes() const { return weightBytes + kvBytes + overheadBytes; }
};

struct ConflictReport
{
    QList<Conflict> conflicts; // errors first, then warnings, then notes
    QList<NpuUse> uses;

    QList<Conflict> at(const QString& node, int device) const; // those naming this device or its deployment
    QList<NpuUse> usesAt(const QString& node, int device) const;
    int count(Severity severity) const;
};

// Checks every deployment's placement against the cluster, the model and the others.
class ConflictDetector
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::planning::ConflictDetector)

public:
    static ConflictReport check(const project::ProjectData& data);
    static QString kindKey(ConflictKind kind); // "npu-used-twice", ... (stable, for tests and tools)

    // Engines whose TP groups should sit on contiguous HCCS groups (every Ascend engine).
    static bool wantsContiguous(project::Engine engine);
};

} // namespace npufleet::planning
