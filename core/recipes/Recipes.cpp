// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recipes/Recipes.h"

#include "core/project/YamlSecrets.h"
#include "core/recipes/RecipeText.h"

namespace npufleet::recipes {

namespace {
Result<LaunchPlan>
planFor(const project::ProjectData& project, const QString& deploymentName, const RecipeOptions& options)
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
} // namespace

Result<LaunchPlan>
makeLaunchPlan(const project::ProjectData& project, const QString& deploymentName, const RecipeOptions& options)
{
    // The reader's secret rules again, before anything is planned (for exports and launches alike): a
    // project built in memory (an editor, a script) may not have passed the reader.
    for (const project::Deployment& d : project.deployments) {
        if (d.name != deploymentName)
            continue;
        if (const auto secret = project::findSecretInDeployment(d)) {
            Error e;
            e.message = RecipeText::tr("deployment \"%1\": %2").arg(d.name, secret->message);
            e.hint = secret->hint;
            return e;
        }
    }
    auto plan = planFor(project, deploymentName, options);
    if (plan)
        plan->collectSecretReferences();
    return plan;
}

} // namespace npufleet::recipes
