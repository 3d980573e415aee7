// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/project/ProjectData.h"

namespace npufleet::deployment {

// The deployment rules, said once. The reader, the board, the plan panel, the recipes (so export, launch and
// pre-flight) and the command-line editor all ask this module; none keeps its own copy of a rule.
//
// Error: the deployment cannot start as it is. Warning: it starts, but badly (slow collectives) or memory
// could not be estimated.
enum class Severity { Error, Warning };

// One rule a deployment breaks.
struct RuleViolation
{
    QString rule; // stable id, e.g. "device-unknown" (ruleIds() lists them all)
    QString field; // the deployment field to change: "model", "placement", "layout", "engine", "node.nic"
    QString node; // the node it concerns, when one
    QString message; // translated, without the deployment's name
    QString hint; // what to change, when there is more to say than the message
    Severity severity = Severity::Error; // the rule's, from the catalogue
    QString deployment; // the deployment that breaks it
    QList<int> devices; // the devices of `node` it concerns; empty: every device of the deployment
    QString other; // device-shared: the other deployment; memory-in-use: the process

    // "deployment: message", for lists that show several deployments.
    QString text() const;
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

// Every deployment of a project checked, with the memory each takes per NPU.
struct RuleReport
{
    QList<RuleViolation> violations; // errors first, then warnings; project order within each
    QList<NpuUse> uses;

    QList<RuleViolation> at(const QString& node, int device) const; // those naming this device or its deployment
    QList<RuleViolation> of(const QString& deployment) const;
    QList<NpuUse> usesAt(const QString& node, int device) const;
    int count(Severity severity) const;
};

// One entry of the catalogue: the id, its severity and the field a user changes to mend it.
struct RuleInfo
{
    const char* id;
    Severity severity;
    const char* field;
};

const QList<RuleInfo>& ruleCatalogue();
QStringList ruleIds();
const RuleInfo* ruleInfo(const QString& id);

// The rules one deployment breaks without reading its model: placement, layout, nodes, engine, topology.
// In the order a user would fix them; the first Error is the one to show. attentionHeads: the model's, when
// known (TP must divide them); 0 skips that rule.
QList<RuleViolation>
checkDeployment(const project::ProjectData& project, const project::Deployment& deployment, int attentionHeads = 0);

// Errors only: what refuses an export, a launch or an edit from the command line.
QList<RuleViolation> errorsOf(const QList<RuleViolation>& violations);

// Every deployment of the project (or only the one named), with its model read (heads, memory per NPU) and what
// other processes hold: the board and the plan panel.
RuleReport checkProject(const project::ProjectData& project, const QString& only = {});

// The HBM other processes hold on these devices (live inventory, or a demo's recorded npu-smi) where the
// deployment's engine needs it: a memory-in-use violation per node naming each NPU's processes and memory.
// checkProject asks it for the placement; the board's fit preview for the devices under the cursor.
QList<RuleViolation> checkMemoryInUse(const project::ProjectData& project,
                                      const project::Deployment& deployment,
                                      const QList<project::Placement>& devices);

// The NPUs of the node where other processes leave the deployment's engine too little HBM (none where a
// container of the deployment itself runs): the placement planner treats them as taken.
QList<int> heldDevices(const project::ProjectData& project, const project::Deployment& deployment, const QString& node);

// The deployment's gpu-memory-utilization, or the engines' default 0.9.
double memoryUtilization(const project::Deployment& deployment);

// Engines whose TP groups should sit on contiguous HCCS groups (every Ascend engine but GPUStack).
bool wantsContiguous(project::Engine engine);

} // namespace npufleet::deployment
