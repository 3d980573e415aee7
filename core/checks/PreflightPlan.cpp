// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/PreflightPlan.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "core/recipes/RecipeContext.h"

namespace npufleet::checks {

const PlannedNode* PreflightPlan::node(const QString& name) const
{
    for (const PlannedNode& n : nodes) {
        if (n.node.name == name)
            return &n;
    }
    return nullptr;
}

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

    PreflightPlan plan;
    plan.deployment = c.deployment.name;
    plan.engine = c.deployment.engine;
    plan.image = c.deployment.image;
    plan.modelPath = c.model.path;
    plan.diskPath = project.storage.cacheDir.isEmpty() ? QFileInfo(c.model.path).path() : project.storage.cacheDir;
    plan.memoryUtilization = c.deployment.serving.gpuMemoryUtilization;
    plan.multiNode = c.multiNode();
    plan.swarm = plan.engine == project::Engine::Swarm;
    // The recipes give Ascend containers 16g unless the deployment says otherwise; GPUStack starts its own.
    const bool ascendContainer = project::isAscend(plan.engine) && project::traits(plan.engine).container;
    plan.shmSize = c.extra("shmSize", ascendContainer ? QStringLiteral("16g") : QString()).toString();

    const project::Engine engine = plan.engine;
    for (int i = 0; i < c.placed.size(); ++i) {
        PlannedNode pn;
        pn.node = c.placed.at(i).node;
        pn.devices = c.placed.at(i).devices;
        pn.head = i == 0;
        if (pn.head || engine == project::Engine::GpuStack)
            pn.ports << c.deployment.serving.port;
        if (pn.head && engine == project::Engine::VllmAscendRay)
            pn.ports << c.extra("rayPort", 6379).toInt();
        if (pn.head && engine == project::Engine::VllmAscendDp)
            pn.ports << c.extra("dataParallelRpcPort", 13389).toInt();
        if (plan.swarm) {
            if (pn.head)
                pn.swarmPorts << 2377; // cluster management, on the manager
            pn.swarmPorts << 7946; // node communication
            pn.swarmUdpPorts << 7946 << 4789; // node communication and the overlay network (VXLAN)
        }
        plan.nodes << pn;
    }
    return plan;
}

} // namespace npufleet::checks
