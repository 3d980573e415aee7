// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// vLLM on NVIDIA nodes: one node (MindIE is in MindieRecipe.cpp).
#include <QCoreApplication>

#include "core/recipes/RecipeSupport.h"
#include "core/recipes/RecipeText.h"
#include "core/recipes/Recipes.h"

namespace npufleet::recipes {

using namespace support;

namespace {

Result<void> oneNode(const RecipeContext& c)
{
    if (c.multiNode())
        return c.error(
            RecipeText::tr("engine %1 runs on one node, but %n nodes are placed", nullptr, int(c.placed.size()))
                .arg(project::engineKey(c.deployment.engine)));
    if (c.deployment.layout.dp > 1 || c.deployment.layout.pp > 1)
        return c.error(RecipeText::tr("engine %1 runs tensor parallel only here; DP and PP must be 1")
                           .arg(project::engineKey(c.deployment.engine)));
    return {};
}

void finish(LaunchPlan& plan,
            NodePlan n,
            const RecipeContext& c,
            const ContainerSpec& spec,
            const QString& purpose,
            const QString& readyPath,
            const QStringList& healthPaths)
{
    Step start;
    start.id = n.node + QStringLiteral("/start-engine");
    start.node = n.node;
    start.purpose = purpose;
    start.container = spec;
    n.start << start;
    const int port = c.deployment.serving.port;
    Step wait = waitHttpStep(n.node, n.node + QStringLiteral("/wait-ready"),
                             QStringLiteral("http://%1:%2%3").arg(QStringLiteral("127.0.0.1")).arg(port).arg(readyPath),
                             1800, RecipeText::tr("The server answers %1 (the model is loaded)").arg(readyPath));
    wait.waitsFor << start.id;
    n.start << wait;
    n.stop << removeContainerStep(n.node, n.node + QStringLiteral("/stop"), spec.name,
                                  RecipeText::tr("Stop and remove the engine container"));
    plan.nodes << n;
    plan.health = healthFor(c.head(), port, healthPaths);
}

} // namespace

Result<LaunchPlan> planVllmCuda(const RecipeContext& c)
{
    if (auto ok = oneNode(c); !ok)
        return ok.error();
    LaunchPlan plan = basePlan(c);
    if (plan.image.isEmpty())
        plan.image = QLatin1String(project::traits(c.deployment.engine).defaultImage);
    const PlacedNode& pn = c.head();
    NodePlan n = nodePlanFor(c, pn, true);
    const QString name = c.containerName();
    n.start << dockerCheckStep(n.node) << imagePullStep(n.node, plan.image)
            << removeContainerStep(n.node, n.node + QStringLiteral("/remove-old"), name,
                                   RecipeText::tr("No container of an earlier run holds the name or the GPUs"),
                                   StepPhase::Prepare);
    ContainerSpec spec;
    spec.name = name;
    spec.image = plan.image;
    for (int d : pn.devices)
        spec.gpus << QString::number(d);
    spec.ipcHost = true;
    spec.volumes << VolumeMount {c.model.path, c.model.path, false}
                 << VolumeMount {QStringLiteral("/root/.cache/huggingface"), QStringLiteral("/root/.cache/huggingface"),
                                 false};
    spec.env = c.deployment.environment;
    // --gpus picks the devices for docker run; compose's nvidia runtime reads the variable.
    spec.env << qMakePair(QStringLiteral("NVIDIA_VISIBLE_DEVICES"), deviceList(pn.devices));
    spec.hostNetwork = c.extra("network", QStringLiteral("host")).toString() == QLatin1String("host");
    if (!spec.hostNetwork)
        spec.ports << PortMap {c.deployment.serving.port, c.deployment.serving.port};
    const QStringList serve = vllmServeArgs(c);
    spec.entrypoint = {serve.first()}; // the image's entrypoint differs across versions; `vllm` is stable
    spec.command = serve.mid(1);
    finish(plan, n, c, spec, RecipeText::tr("Start vLLM on GPUs %1").arg(deviceList(pn.devices)),
           QStringLiteral("/health"), {QStringLiteral("/health"), QStringLiteral("/v1/models")});
    return plan;
}

} // namespace npufleet::recipes
