// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MindIE on Ascend and vLLM on NVIDIA nodes: one node each.
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/recipes/ContainerNpus.h"
#include "core/recipes/RecipeSupport.h"
#include "core/recipes/RecipeText.h"
#include "core/recipes/Recipes.h"
#include "core/recipes/TuningVariables.h"

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

// MindIE's service config.json keys for this layout, merged into the image's own file at start.
QByteArray mindieSettings(const RecipeContext& c)
{
    // The NPUs as the container numbers them (0..n-1), whichever host NPUs it was given.
    QJsonArray devices;
    for (int d : containerNumbering(c.head().devices.size()))
        devices << d;
    QJsonObject model {
        {QStringLiteral("modelName"),
         c.deployment.serving.servedModelName.isEmpty() ? c.model.name : c.deployment.serving.servedModelName},
        {QStringLiteral("modelWeightPath"), c.model.path},
        {QStringLiteral("worldSize"), c.deployment.layout.tp}};
    QJsonObject deploy {{QStringLiteral("ModelConfig"), QJsonArray {model}}};
    if (c.deployment.serving.maxModelLen > 0)
        deploy.insert(QStringLiteral("maxSeqLen"), c.deployment.serving.maxModelLen);
    QJsonObject backend {{QStringLiteral("npuDeviceIds"), QJsonArray {devices}},
                         {QStringLiteral("ModelDeployConfig"), deploy}};
    QJsonObject server {{QStringLiteral("ipAddress"), c.head().node.clusterAddress()},
                        {QStringLiteral("port"), c.deployment.serving.port},
                        {QStringLiteral("httpsEnabled"), false}};
    QJsonObject root {{QStringLiteral("ServerConfig"), server}, {QStringLiteral("BackendConfig"), backend}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// Runs in the container: merge the settings into config.json, then start the daemon in the foreground.
QByteArray mindieStartScript()
{
    return QByteArrayLiteral(R"(#!/usr/bin/env bash
# NPU Fleet: starts MindIE Service in its container with the settings in /npufleet/mindie-settings.json
set -euo pipefail
for f in /usr/local/Ascend/ascend-toolkit/set_env.sh /usr/local/Ascend/nnal/atb/set_env.sh \
    /usr/local/Ascend/atb-models/set_env.sh /usr/local/Ascend/mindie/set_env.sh; do
    # shellcheck disable=SC1090
    if [ -f "$f" ]; then set +u; . "$f"; set -u; fi
done
service=/usr/local/Ascend/mindie/latest/mindie-service
python3 - "$service/conf/config.json" /npufleet/mindie-settings.json <<'PY'
import json, sys
config_path, settings_path = sys.argv[1], sys.argv[2]
with open(config_path) as f:
    config = json.load(f)
with open(settings_path) as f:
    settings = json.load(f)
def merge(into, new):
    for key, value in new.items():
        old = into.get(key)
        if isinstance(value, dict) and isinstance(old, dict):
            merge(old, value)
        elif key == "ModelConfig" and isinstance(old, list) and old and isinstance(value, list):
            merge(old[0], value[0])
        else:
            into[key] = value
merge(config, settings)
with open(config_path, "w") as f:
    json.dump(config, f, indent=4)
PY
cd "$service"
exec ./bin/mindieservice_daemon
)");
}
} // namespace

Result<LaunchPlan> planMindie(const RecipeContext& c)
{
    if (auto ok = oneNode(c); !ok)
        return ok.error();
    LaunchPlan plan = basePlan(c);
    const PlacedNode& pn = c.head();
    NodePlan n = nodePlanFor(c, pn, true);
    const QString name = c.containerName();
    const QString folder = QStringLiteral("/etc/npufleet/") + c.slug();
    const QString settingsFile = QStringLiteral("mindie-settings.json");
    const QString startFile = QStringLiteral("mindie-start.sh");
    plan.files << PlannedFile {n.node, settingsFile, folder + QLatin1Char('/') + settingsFile,
                               RecipeText::tr("MindIE config.json keys for this layout"), mindieSettings(c)}
               << PlannedFile {n.node, startFile, folder + QLatin1Char('/') + startFile,
                               RecipeText::tr("Merges the settings into config.json and starts MindIE"),
                               mindieStartScript()};
    n.start << dockerCheckStep(n.node) << imagePullStep(n.node, c.deployment.image);
    Step place;
    place.id = n.node + QStringLiteral("/place-config");
    place.node = n.node;
    place.phase = StepPhase::Prepare;
    place.purpose = RecipeText::tr("The service settings are in %1").arg(folder);
    place.argv = QStringList {QStringLiteral("install"),
                              QStringLiteral("-D"),
                              QStringLiteral("-m"),
                              QStringLiteral("0644"),
                              QStringLiteral("-t"),
                              folder,
                              settingsFile,
                              startFile};
    n.start << place
            << removeContainerStep(n.node, n.node + QStringLiteral("/remove-old"), name,
                                   RecipeText::tr("No container of an earlier run holds the name or the NPUs"),
                                   StepPhase::Prepare);
    ContainerSpec spec;
    spec.name = name;
    spec.image = c.deployment.image;
    spec.volumes << VolumeMount {c.model.path, c.model.path, true}
                 << VolumeMount {folder, QStringLiteral("/npufleet"), true};
    spec.env = TuningVariables::forNode(pn.node, c.deployment);
    // MindIE takes its devices from npuDeviceIds in config.json: the container's numbering, no variable.
    giveNpus(spec, pn.node, pn.devices, VisibleDevices::Unset);
    spec.shmSize = c.extra("shmSize", QStringLiteral("16g")).toString();
    spec.command = {QStringLiteral("bash"), QStringLiteral("/npufleet/") + startFile};
    finish(plan, n, c, spec,
           RecipeText::tr("Start MindIE Service on NPUs %1 (world size %2)")
               .arg(deviceList(pn.devices))
               .arg(c.deployment.layout.tp),
           QStringLiteral("/v1/models"), {QStringLiteral("/v1/models")});
    return plan;
}

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
