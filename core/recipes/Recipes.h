// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/project/ProjectData.h"
#include "core/recipes/LaunchPlan.h"
#include "core/recipes/RecipeContext.h"
#include "core/util/Result.h"

namespace npufleet::recipes {

// The launch plan for one deployment of the project, from the recipe of its engine.
// Fails, naming the deployment and the problem, when the deployment cannot run as described.
Result<LaunchPlan>
makeLaunchPlan(const project::ProjectData& project, const QString& deploymentName, const RecipeOptions& options = {});

// One function per engine; each receives a context that has passed the common checks.
Result<LaunchPlan> planVllmAscendSingle(const RecipeContext& c);
Result<LaunchPlan> planVllmAscendDataParallel(const RecipeContext& c);
Result<LaunchPlan> planVllmAscendRay(const RecipeContext& c);
Result<LaunchPlan> planGpuStack(const RecipeContext& c, const project::ProjectData& project);
Result<LaunchPlan> planSwarm(const RecipeContext& c);
Result<LaunchPlan> planMindie(const RecipeContext& c);
Result<LaunchPlan> planVllmCuda(const RecipeContext& c);

// The Kubernetes form of a vLLM-Ascend deployment (KubeRecipe.cpp); nothing, with the reason in *problem, when
// the placement cannot be said that way (pods with different NPU counts, DP ranks not even per pod).
std::optional<KubeSpec> kubeSpecFor(const RecipeContext& c, KubeKind kind, QString* problem);
// Why the Kubernetes options cannot go into a manifest (a resource or claim name Kubernetes refuses), or "".
QString kubeOptionsProblem(const RecipeOptions& options);

} // namespace npufleet::recipes
