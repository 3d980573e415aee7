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
    const QString& e = c.deployment.engine;
    if (e == QLatin1String("vllm-ascend"))
        return planVllmAscendSingle(c);
    if (e == QLatin1String("vllm-ascend-dp"))
        return planVllmAscendDataParallel(c);
    if (e == QLatin1String("vllm-ascend-ray"))
        return planVllmAscendRay(c);
    if (e == QLatin1String("gpustack"))
        return planGpuStack(c, project);
    if (e == QLatin1String("swarm"))
        return planSwarm(c);
    if (e == QLatin1String("mindie"))
        return planMindie(c);
    return planVllmCuda(c);
}

} // namespace npufleet::recipes
