// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "core/recipes/ContainerSpec.h"
#include "core/recipes/LaunchPlan.h"
#include "core/recipes/RecipeContext.h"
#include "core/util/Result.h"

// Building blocks the engine recipes share.
namespace npufleet::recipes::support {

QString deviceList(const QList<int>& devices); // "0,1,2,3"

// `vllm serve MODEL --host --port --served-model-name --tensor-parallel-size ...` with the layout's
// common flags and the user's extra arguments; the DP / Ray specific flags are added by the recipe.
QStringList vllmServeArgs(const RecipeContext& c);
// Every `--flag` of `args` against the engine version table, and --additional-config's keys.
// A flag the image's version lacks is an error; an unversioned image gets a note.
Result<void> checkVllmAscendArgs(const RecipeContext& c, const QStringList& args, QStringList* notes);

// Words that make a container source CANN's set_env scripts before running its command
// (the images set them up for interactive shells only). Used as entrypoint before the real argv.
QStringList ascendEntrypoint();
// A vLLM-Ascend container on one node: its NPUs the node's way (giveNpus, with ASCEND_RT_VISIBLE_DEVICES in
// the container's numbering), model volume, the node's network and tuning variables, shared memory, host network.
ContainerSpec ascendContainer(const RecipeContext& c, const PlacedNode& pn, const QString& name);

Step dockerCheckStep(const QString& node);
Step imagePullStep(const QString& node, const QString& image);
Step removeContainerStep(const QString& node,
                         const QString& id,
                         const QString& container,
                         const QString& purpose,
                         StepPhase phase = StepPhase::Stop);
// A shell fragment run as "<node>/<id>"; kind says what it does (for the simulator).
Step scriptStep(const QString& node,
                const QString& id,
                StepPhase phase,
                const QString& purpose,
                const QString& script,
                remote::CommandKind kind);
// Waits (bounded) until GET url answers 2xx on the node itself.
Step waitHttpStep(
    const QString& node, const QString& id, const QString& url, int timeoutSeconds, const QString& purpose);
// An empty plan that names the deployment, its engine, image and version.
LaunchPlan basePlan(const RecipeContext& c);
HealthCheck healthFor(const PlacedNode& serving, int port, const QStringList& paths);
// A node of the plan; the head listens on the serving port.
NodePlan nodePlanFor(const RecipeContext& c, const PlacedNode& pn, bool head);

} // namespace npufleet::recipes::support
