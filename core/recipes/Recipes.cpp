// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recipes/Recipes.h"

namespace npufleet::recipes {

Result<LaunchPlan>
makeLaunchPlan(const project::ProjectData& project, const QString& deploymentName, const RecipeOptions& options)
{
    auto context = RecipeContext::resolve(project, deploymentName, options);
    if (!context)
        return context.error();
    const RecipeContext& c = *context;
    switch (c.deployment.engine) {
    case project::Engine::VllmAscend:
        return planVllmAscendSingle(c);
    case project::Engine::VllmAscendDp:
        return planVllmAscendDataParallel(c);
    case project::Engine::VllmAscendRay:
        return planVllmAscendRay(c);
    case project::Engine::GpuStack:
        return planGpuStack(c, project);
    case project::Engine::Swarm:
        return planSwarm(c);
    case project::Engine::MindIE:
        return planMindie(c);
    case project::Engine::VllmCuda:
        break;
    }
    return planVllmCuda(c);
}

} // namespace npufleet::recipes
