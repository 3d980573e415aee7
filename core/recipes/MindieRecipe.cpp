// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MindIE Service on one node, or across nodes with a rank table (hccl.json) from the nodes' NPU addresses.
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/recipes/ContainerNpus.h"
#include "core/recipes/RankTable.h"
#include "core/recipes/RecipeSupport.h"
#include "core/recipes/RecipeText.h"
#include "core/recipes/Recipes.h"
#include "core/recipes/TuningVariables.h"

namespace npufleet::recipes {

using namespace support;

namespace {

const QString kSettingsFile = QStringLiteral("mindie-settings.json");
const QString kStartFile = QStringLiteral("mindie-start.sh");
const QString kRankTableFile = QStringLiteral("hccl.json");

Result<void> checkShape(const RecipeContext& c)
{
    const project::Layout& l = c.deployment.layout;
    if (l.dp > 1 || l.pp > 1)
        return c.error(RecipeText::tr("engine %1 runs tensor parallel only here; DP and PP must be 1")
                           .arg(project::engineKey(c.deployment.engine)));
    int npus = 0;
    for (const PlacedNode& pn : c.placed) {
        npus += int(pn.devices.size());
        if (pn.devices.size() != c.head().devices.size())
            return c.error(RecipeText::tr("MindIE across nodes uses the same number of NPUs on every node: %1 has %2, "
                                          "%3 has %4")
                               .arg(c.head().node.name)
                               .arg(c.head().devices.size())
                               .arg(pn.node.name)
                               .arg(pn.devices.size()),
                           pn.node.name);
    }
    if (c.multiNode() && l.tp != npus)
        return c.error(RecipeText::tr("MindIE across nodes runs one model over all %1 NPUs: TP must be %1, not %2")
                           .arg(npus)
                           .arg(l.tp));
    return {};
}

// MindIE's service config.json keys for this node, merged into the image's own file at start. Across nodes every
// node runs its own NPUs (worldSize and npuDeviceIds are the node's) and the rank table joins them.
QByteArray mindieSettings(const RecipeContext& c, const PlacedNode& pn)
{
    // The NPUs as the container numbers them (0..n-1), whichever host NPUs it was given.
    QJsonArray devices;
    for (int d : containerNumbering(pn.devices.size()))
        devices << d;
    const int worldSize = c.multiNode() ? int(pn.devices.size()) : c.deployment.layout.tp;
    QJsonObject model {
        {QStringLiteral("modelName"),
         c.deployment.serving.servedModelName.isEmpty() ? c.model.name : c.deployment.serving.servedModelName},
        {QStringLiteral("modelWeightPath"), c.model.path},
        {QStringLiteral("worldSize"), worldSize}};
    QJsonObject deploy {{QStringLiteral("ModelConfig"), QJsonArray {model}}};
    if (c.deployment.serving.maxModelLen > 0)
        deploy.insert(QStringLiteral("maxSeqLen"), c.deployment.serving.maxModelLen);
    QJsonObject backend {{QStringLiteral("npuDeviceIds"), QJsonArray {devices}},
                         {QStringLiteral("ModelDeployConfig"), deploy},
                         {QStringLiteral("multiNodesInferEnabled"), c.multiNode()}};
    if (c.multiNode())
        backend.insert(QStringLiteral("interNodeTLSEnabled"), false); // no certificates between the nodes
    QJsonObject server {{QStringLiteral("ipAddress"), pn.node.clusterAddress()},
                        {QStringLiteral("port"), c.deployment.serving.port},
                        {QStringLiteral("httpsEnabled"), false}};
    if (c.multiNode())
        server.insert(QStringLiteral("interCommTLSEnabled"), false);
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
    if (auto ok = checkShape(c); !ok)
        return ok.error();
    LaunchPlan plan = basePlan(c);
    QByteArray table;
    if (c.multiNode()) {
        auto t = rankTable(c);
        if (!t)
            return t.error();
        table = *t;
    }
    const QString name = c.containerName();
    const QString folder = QStringLiteral("/etc/npufleet/") + c.slug();
    const int port = c.deployment.serving.port;
    QStringList starts;
    for (int i = 0; i < c.placed.size(); ++i) {
        const PlacedNode& pn = c.placed.at(i);
        const bool master = i == 0; // rank 0 of the rank table: the node that serves the API
        NodePlan n = nodePlanFor(c, pn, master);
        QStringList files {kSettingsFile, kStartFile};
        plan.files << PlannedFile {n.node, kSettingsFile, folder + QLatin1Char('/') + kSettingsFile,
                                   RecipeText::tr("MindIE config.json keys for this layout"), mindieSettings(c, pn)}
                   << PlannedFile {n.node, kStartFile, folder + QLatin1Char('/') + kStartFile,
                                   RecipeText::tr("Merges the settings into config.json and starts MindIE"),
                                   mindieStartScript()};
        if (c.multiNode()) {
            plan.files << PlannedFile {n.node, kRankTableFile, folder + QLatin1Char('/') + kRankTableFile,
                                       RecipeText::tr("HCCL rank table: every node's NPUs and their RoCE addresses"),
                                       table};
            files << kRankTableFile;
        }
        n.start << dockerCheckStep(n.node) << imagePullStep(n.node, c.deployment.image);
        Step place;
        place.id = n.node + QStringLiteral("/place-config");
        place.node = n.node;
        place.phase = StepPhase::Prepare;
        place.purpose = RecipeText::tr("The service settings are in %1").arg(folder);
        // MindIE refuses a rank table that others may write: 0640.
        place.argv = QStringList {QStringLiteral("install"), QStringLiteral("-D"), QStringLiteral("-m"),
                                  QStringLiteral("0640"),    QStringLiteral("-t"), folder}
            + files;
        place.intent = remote::CommandIntent::onPath(remote::CommandKind::PlaceFile, folder);
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
        if (c.multiNode()) {
            spec.env << qMakePair(QStringLiteral("RANKTABLEFILE"), QStringLiteral("/npufleet/") + kRankTableFile)
                     << qMakePair(QStringLiteral("MIES_CONTAINER_IP"), pn.node.clusterAddress());
            spec.hostNetwork = true; // the container shares the node's address, as MIES_CONTAINER_IP says
        }
        // MindIE takes its devices from npuDeviceIds in config.json: the container's numbering, no variable.
        giveNpus(spec, pn.node, pn.devices, VisibleDevices::Unset);
        spec.shmSize = c.extra("shmSize", QStringLiteral("16g")).toString();
        spec.command = {QStringLiteral("bash"), QStringLiteral("/npufleet/") + kStartFile};
        Step start;
        start.id = n.node + QStringLiteral("/start-engine");
        start.node = n.node;
        start.purpose = c.multiNode()
            ? (master ? RecipeText::tr("Start MindIE Service, the master (rank 0, serves the API), on NPUs %1")
                            .arg(deviceList(pn.devices))
                      : RecipeText::tr("Start MindIE Service, a slave, on NPUs %1").arg(deviceList(pn.devices)))
            : RecipeText::tr("Start MindIE Service on NPUs %1 (world size %2)")
                  .arg(deviceList(pn.devices))
                  .arg(c.deployment.layout.tp);
        start.container = spec;
        // The master first; the slaves join it within HCCL's connect timeout.
        if (!master)
            start.waitsFor << starts.first();
        n.start << start;
        starts << start.id;
        n.stop << removeContainerStep(n.node, n.node + QStringLiteral("/stop"), name,
                                      RecipeText::tr("Stop and remove the engine container"));
        plan.nodes << n;
    }
    NodePlan& head = plan.nodes.first();
    Step wait = waitHttpStep(
        head.node, head.node + QStringLiteral("/wait-ready"), QStringLiteral("http://127.0.0.1:%1/v1/models").arg(port),
        1800, RecipeText::tr("The server answers %1 (the model is loaded)").arg(QStringLiteral("/v1/models")));
    wait.waitsFor = starts;
    head.start << wait;
    for (int i = 1; i < plan.nodes.size(); ++i)
        plan.nodes[i].stop.first().waitsFor << head.stop.first().id;
    plan.health = healthFor(c.head(), port, {QStringLiteral("/v1/models")});
    return plan;
}

} // namespace npufleet::recipes
