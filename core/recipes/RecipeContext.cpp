// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recipes/RecipeContext.h"

#include "core/deployment/Rules.h"
#include "core/project/ProjectValues.h"

namespace npufleet::recipes {

QString RecipeContext::slug() const
{
    return deployment.slug();
}

QString RecipeContext::containerName(const QString& role) const
{
    return deployment.containerName(role);
}

Error RecipeContext::error(const QString& problem, const QString& node, const QString& hint) const
{
    Error e;
    e.message = tr("deployment \"%1\": %2").arg(deployment.name, problem);
    e.node = node;
    e.hint = hint;
    return e;
}

QVariant RecipeContext::extra(const char* key, const QVariant& fallback) const
{
    return deployment.extra.value(QLatin1String(key), fallback);
}

Result<RecipeContext>
RecipeContext::resolve(const project::ProjectData& project, const QString& deploymentName, const RecipeOptions& options)
{
    const int di = project.deploymentIndex(deploymentName);
    if (di < 0) {
        Error e;
        e.message = tr("no deployment named \"%1\" in the project").arg(deploymentName);
        return e;
    }
    // Every value the recipes put on a command line or into a file passes the value gate first.
    if (auto ok = project::checkDeploymentInputs(project, deploymentName); !ok)
        return ok.error();
    RecipeContext c;
    c.deployment = project.deployments.at(di);
    c.options = options;
    const project::Deployment& d = c.deployment;

    // The deployment rules, said once in core/deployment/Rules: the first broken one is the error (a warning,
    // such as a TP group across nodes, does not refuse).
    const QList<deployment::RuleViolation> broken
        = deployment::errorsOf(deployment::checkDeployment(project, d, options.attentionHeads));
    if (!broken.isEmpty())
        return c.error(broken.first().message, broken.first().node, broken.first().hint);

    c.model = *project.model(d.model);
    for (const project::Placement& p : d.placement)
        c.placed.append(PlacedNode {*project.node(p.node), p.devices});
    // The serving node goes first: it is the head of every multi-node recipe.
    if (const int serving = project.servingPlacement(d); serving > 0)
        c.placed.move(serving, 0);
    c.version = EngineVersion::fromImage(d.image);
    c.storage = project.storage;
    if (const cluster::Node* server = project.node(project.storage.serverNode))
        c.storageServerAddress = server->clusterAddress();
    return c;
}

} // namespace npufleet::recipes
