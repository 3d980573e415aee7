// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/project/ProjectData.h"

namespace npufleet::project {

// One rule a deployment breaks. The recipes, pre-flight, the exporter and the command-line editor all ask
// checkDeployment(); none keeps its own copy of these rules.
struct RuleViolation
{
    QString rule; // stable id, e.g. "device-unknown" (deploymentRuleIds() lists them all)
    QString field; // the deployment field to change: "model", "placement", "layout", "engine", "node.nic"
    QString node; // the node it concerns, when one
    QString message; // translated, without the deployment's name
    QString hint; // what to change, when there is more to say than the message
};

// Every rule a deployment breaks, in the order a user would fix them (the first is the one to show).
// attentionHeads: the model's, when known (TP must divide them); 0 skips that rule.
QList<RuleViolation> checkDeployment(const ProjectData& project, const Deployment& deployment, int attentionHeads = 0);

QStringList deploymentRuleIds();

} // namespace npufleet::project
