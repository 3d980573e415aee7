// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GPUStack (server + workers); Docker Swarm is in SwarmRecipe.cpp.
#include <QCoreApplication>

#include "core/recipes/ContainerNpus.h"
#include "core/recipes/RecipeSupport.h"
#include "core/recipes/RecipeText.h"
#include "core/recipes/Recipes.h"
#include "core/recipes/TuningVariables.h"
#include "core/util/ShellQuote.h"

namespace npufleet::recipes {

using namespace support;

Result<LaunchPlan> planGpuStack(const RecipeContext& c, const project::ProjectData& project)
{
    LaunchPlan plan = basePlan(c);
    if (plan.image.isEmpty())
        plan.image = QLatin1String(project::traits(c.deployment.engine).defaultImage);
    const int port = c.deployment.serving.port;
    QString cacheDir = project.storage.cacheDir;
    if (cacheDir.isEmpty() && project.storage.isConfigured())
        cacheDir = project.storage.mountPoint + QStringLiteral("/gpustack-cache");
    if (cacheDir.isEmpty())
        plan.notes << RecipeText::tr("no shared storage is configured: each node keeps its own model cache");
    const QString headUrl = QStringLiteral("http://%1:%2").arg(c.head().node.clusterAddress()).arg(port);
    const QString token = QStringLiteral("GPUSTACK_TOKEN");
    QString tokenStep;
    for (int i = 0; i < c.placed.size(); ++i) {
        const PlacedNode& pn = c.placed.at(i);
        const bool head = i == 0;
        const QString group = head ? QStringLiteral("gpustack-server") : QStringLiteral("gpustack-worker");
        NodePlan n = nodePlanFor(c, pn, head);
        if (!head)
            n.ports << port; // a worker serves its own API on the same port
        const QString name = c.containerName(head ? QStringLiteral("server") : QStringLiteral("worker"));
        n.start << dockerCheckStep(n.node) << imagePullStep(n.node, plan.image)
                << removeContainerStep(n.node, n.node + QStringLiteral("/remove-old"), name,
                                       RecipeText::tr("No container of an earlier run holds the name or the NPUs"),
                                       StepPhase::Prepare);
        ContainerSpec spec;
        spec.name = name;
        spec.image = plan.image;
        spec.ipcHost = true;
        spec.restart = QStringLiteral("unless-stopped");
        spec.volumes << VolumeMount {name + QStringLiteral("-data"), QStringLiteral("/var/lib/gpustack"), false};
        if (!cacheDir.isEmpty())
            spec.volumes << VolumeMount {cacheDir, cacheDir, false};
        spec.env = TuningVariables::networkFor(pn.node);
        giveNpus(spec, pn.node, pn.devices, VisibleDevices::Unset); // GPUStack finds the NPUs it is given
        if (head) {
            // The server runs an embedded worker that uses this node's NPUs.
            spec.command << QStringLiteral("--port") << QString::number(port);
        } else {
            spec.command << QStringLiteral("--server-url") << headUrl;
            spec.passEnv << token; // GPUStack reads GPUSTACK_TOKEN: the token never reaches a file or argv
        }
        spec.command << QStringLiteral("--worker-ip") << pn.node.clusterAddress();
        if (!cacheDir.isEmpty())
            spec.command << QStringLiteral("--cache-dir") << cacheDir;
        Step start;
        start.id = n.node + QStringLiteral("/start-gpustack");
        start.node = n.node;
        start.purpose = head ? RecipeText::tr("Start the GPUStack server (with this node's NPUs as its worker)")
                             : RecipeText::tr("Start a GPUStack worker and register it with the server");
        start.container = spec;
        if (!head) {
            start.waitsFor << tokenStep;
            start.needsSecrets << token;
        }
        n.start << start;
        if (head) {
            Step wait = waitHttpStep(n.node, n.node + QStringLiteral("/wait-server"),
                                     QStringLiteral("http://127.0.0.1:%1/healthz").arg(port), 600,
                                     RecipeText::tr("The GPUStack server answers /healthz"));
            wait.waitsFor << start.id;
            n.start << wait;
            Step read = scriptStep(n.node, QStringLiteral("read-token"), StepPhase::Wait,
                                   RecipeText::tr("Read the worker registration token from the server"),
                                   shell::join({QStringLiteral("docker"), QStringLiteral("exec"), name,
                                                QStringLiteral("cat"), QStringLiteral("/var/lib/gpustack/token")}),
                                   remote::CommandKind::PrintToken);
            read.captureAs = token;
            read.waitsFor << wait.id;
            n.start << read;
            tokenStep = read.id;
        }
        for (Step& s : n.start)
            s.group = group;
        n.stop << removeContainerStep(n.node, n.node + QStringLiteral("/stop"), name,
                                      RecipeText::tr("Stop and remove the GPUStack container"));
        plan.nodes << n;
    }
    for (int i = 1; i < plan.nodes.size(); ++i)
        plan.nodes.first().stop.first().waitsFor << plan.nodes[i].stop.first().id;
    plan.notes << RecipeText::tr("Deploy the model %1 (%2) from GPUStack's web UI or API once the workers are listed.")
                      .arg(c.model.name, c.model.path.isEmpty() ? c.model.hubId : c.model.path);
    plan.health = healthFor(c.head(), port, {QStringLiteral("/healthz")});
    return plan;
}

} // namespace npufleet::recipes
