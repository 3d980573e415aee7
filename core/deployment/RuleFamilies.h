// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "core/deployment/Rules.h"

// Inside the rules module only: one function per rule family, each appending what it finds.
namespace npufleet::deployment {

struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(RuleText) // the context is the struct's own name, as RecipeText
};

// A violation of the catalogue's rule `id` (its severity and field filled in from the catalogue).
RuleViolation violation(const char* id,
                        const project::Deployment& deployment,
                        const QString& node,
                        const QString& message,
                        const QString& hint = {},
                        const QList<int>& devices = {},
                        const QString& other = {});

// "0, 1, 2"
QString deviceList(const QList<int>& devices);

// PlacementRules.cpp: the model, the placement's structure, sharing, the layout, the nodes.
void checkModel(const project::ProjectData& project, const project::Deployment& d, QList<RuleViolation>& out);
void checkPlacement(const project::ProjectData& project, const project::Deployment& d, QList<RuleViolation>& out);
void checkSharing(const project::ProjectData& project, const project::Deployment& d, QList<RuleViolation>& out);
void checkLayout(const project::Deployment& d, int attentionHeads, QList<RuleViolation>& out);
void checkNodes(const project::ProjectData& project, const project::Deployment& d, QList<RuleViolation>& out);

// TopologyRules.cpp: where the TP groups sit.
void checkTopology(const project::Deployment& d, QList<RuleViolation>& out);

// MemoryRules.cpp: checkDeployment with the model's heads, then the planner's memory estimate per NPU for the
// layout as saved. Appends the deployment's NPU uses.
void checkWithModel(const project::ProjectData& project,
                    const project::Deployment& d,
                    QList<RuleViolation>& out,
                    QList<NpuUse>& uses);

} // namespace npufleet::deployment
