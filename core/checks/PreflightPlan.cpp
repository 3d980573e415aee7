// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/PreflightPlan.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "core/recipes/ContainerNpus.h"
#include "core/recipes/RecipeContext.h"
#include "core/recipes/Recipes.h"

namespace npufleet::checks {

const PlannedNode* PreflightPlan::node(const QString& name) const
{
    for (const PlannedNode& n : nodes) {
        if (n.node.name == name)
            return &n;
    }
    return nullptr;
}

namespace {

// The containers' --shm-size as the recipes set it; empty when the engine starts no container of its own.
QString shmSizeOf(const recipes::LaunchPlan& launch)
{
    for (const recipes::NodePlan& n : launch.nodes) {
        for (const recipes::ContainerSpec& spec : launch.containers(n.node)) {
            if (!spec.shmSize.isEmpty())
                return spec.shmSize;
        }
    }
    if (launch.stack) {
        for (const recipes::StackService& s : launch.stack->services) {
            if (!s.container.shmSize.isEmpty())
                return s.container.shmSize;
        }
    }
    return {};
}

// Whether the launch gives the node's NPUs through the Ascend Docker Runtime, read off its containers.
bool usesAscendRuntime(const recipes::LaunchPlan& launch, const QString& node)
{
    QList<recipes::ContainerSpec> specs = launch.containers(node);
    if (launch.stack) {
        for (const recipes::StackService& s : launch.stack->services) {
            if (s.nodeName == node)
                specs << s.container;
        }
    }
    for (const recipes::ContainerSpec& spec : specs) {
        if (spec.runtime == QLatin1String(recipes::kAscendRuntime))
            return true;
    }
    return false;
}

int swarmNpusOn(const recipes::LaunchPlan& launch, const QString& node)
{
    int n = 0;
    if (launch.stack) {
        for (const recipes::StackService& s : launch.stack->services) {
            if (s.nodeName == node)
                n += s.genericNpus;
        }
    }
    return n;
}

} // namespace

Result<PreflightPlan> makePreflightPlan(const project::ProjectData& project, const QString& deploymentName)
{
    QString name = deploymentName;
    if (name.isEmpty()) {
        if (project.deployments.isEmpty()) {
            Error e;
            e.message = QCoreApplication::translate("npufleet::checks::Preflight", "the project has no deployment");
            return e;
        }
        name = project.deployments.constFirst().name;
    }
    // The recipes' own resolution: the same placement, head and NIC rules the launch will use.
    auto context = recipes::RecipeContext::resolve(project, name);
    if (!context)
        return context.error();
    const recipes::RecipeContext& c = *context;
    // What the launch will need on each node (ports, shared memory) is read off the launch plan itself.
    auto launch = recipes::makeLaunchPlan(project, name);
    if (!launch)
        return launch.error();

    PreflightPlan plan;
    plan.deployment = c.deployment.name;
    plan.engine = c.deployment.engine;
    plan.image = launch->image; // the image the launch pulls (an engine's default when none is named)
    plan.modelPath = c.model.path;
    plan.diskPath = project.storage.cacheDir.isEmpty() ? QFileInfo(c.model.path).path() : project.storage.cacheDir;
    plan.memoryUtilization = c.deployment.serving.gpuMemoryUtilization;
    plan.multiNode = c.multiNode();
    plan.swarm = launch->stack.has_value();
    plan.shmSize = shmSizeOf(*launch);
    plan.containers = project::traits(c.deployment.engine).container;
    plan.rankTable = c.multiNode() && project::traits(c.deployment.engine).multiNode == project::MultiNode::RankTable;

    for (int i = 0; i < c.placed.size(); ++i) {
        PlannedNode pn;
        pn.node = c.placed.at(i).node;
        pn.devices = c.placed.at(i).devices;
        pn.head = i == 0;
        if (const recipes::NodePlan* np = launch->nodePlan(pn.node.name)) {
            pn.ports = np->ports;
            pn.swarmPorts = np->swarmPorts;
            pn.swarmUdpPorts = np->swarmUdpPorts;
        }
        pn.ascendRuntime = usesAscendRuntime(*launch, pn.node.name);
        pn.swarmNpus = swarmNpusOn(*launch, pn.node.name);
        plan.nodes << pn;
    }
    return plan;
}

} // namespace npufleet::checks
