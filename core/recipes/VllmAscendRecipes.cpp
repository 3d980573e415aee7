// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// vLLM-Ascend on one node, over several nodes with data parallel, and over Ray.
#include <QCoreApplication>

#include "core/recipes/RecipeSupport.h"
#include "core/recipes/RecipeText.h"
#include "core/recipes/Recipes.h"
#include "core/util/ShellQuote.h"

namespace npufleet::recipes {

using namespace support;

namespace {

const QStringList kHealthPaths {QStringLiteral("/health"), QStringLiteral("/v1/models")};
constexpr int kStartTimeout = 1800; // loading a large model can take many minutes

// check docker, pull the image, remove what an earlier run left
void addPreparation(NodePlan& n, const RecipeContext& c, const QString& container)
{
    n.start << dockerCheckStep(n.node) << imagePullStep(n.node, c.deployment.image)
            << removeContainerStep(n.node, n.node + QStringLiteral("/remove-old"), container,
                                   RecipeText::tr("No container of an earlier run holds the name or the NPUs"),
                                   StepPhase::Prepare);
}

Step startContainerStep(const QString& node, const QString& id, const ContainerSpec& spec, const QString& purpose)
{
    Step s;
    s.id = node + QLatin1Char('/') + id;
    s.node = node;
    s.phase = StepPhase::Start;
    s.purpose = purpose;
    s.container = spec;
    return s;
}

Step stopStep(const QString& node, const QString& container)
{
    return removeContainerStep(node, node + QStringLiteral("/stop"), container,
                               RecipeText::tr("Stop and remove the engine container"));
}

} // namespace

Result<LaunchPlan> planVllmAscendSingle(const RecipeContext& c)
{
    if (c.multiNode())
        return c.error(
            RecipeText::tr("engine %1 runs on one node, but %n nodes are placed", nullptr, int(c.placed.size()))
                .arg(project::engineKey(project::Engine::VllmAscend)),
            {},
            RecipeText::tr("use %1 or %2 for several nodes")
                .arg(project::engineKey(project::Engine::VllmAscendDp),
                     project::engineKey(project::Engine::VllmAscendRay)));
    if (c.deployment.layout.dp > 1)
        return c.error(
            RecipeText::tr("engine %1 runs one data-parallel rank")
                .arg(project::engineKey(project::Engine::VllmAscend)),
            {}, RecipeText::tr("use %1 for data parallel").arg(project::engineKey(project::Engine::VllmAscendDp)));
    LaunchPlan plan = basePlan(c);
    const QStringList serve = vllmServeArgs(c);
    if (auto ok = checkVllmAscendArgs(c, serve, &plan.notes); !ok)
        return ok.error();

    const PlacedNode& pn = c.head();
    NodePlan n = nodePlanFor(c, pn, true);
    const QString name = c.containerName();
    addPreparation(n, c, name);
    ContainerSpec spec = ascendContainer(c, pn, name);
    spec.command = serve;
    n.start << startContainerStep(n.node, QStringLiteral("start-vllm"), spec,
                                  RecipeText::tr("Start vLLM-Ascend on NPUs %1").arg(deviceList(pn.devices)));
    const int port = c.deployment.serving.port;
    Step wait = waitHttpStep(n.node, n.node + QStringLiteral("/wait-ready"),
                             QStringLiteral("http://127.0.0.1:%1/health").arg(port), kStartTimeout,
                             RecipeText::tr("The server answers /health (the model is loaded)"));
    wait.waitsFor << n.start.last().id;
    n.start << wait;
    n.stop << stopStep(n.node, name);
    plan.nodes << n;
    plan.health = healthFor(pn, port, kHealthPaths);
    plan.kube = kubeSpecFor(c, KubeKind::Deployment, &plan.kubeProblem);
    return plan;
}

Result<LaunchPlan> planVllmAscendDataParallel(const RecipeContext& c)
{
    const project::Layout& l = c.deployment.layout;
    const int perRank = l.tp * l.pp;
    // Each node runs whole DP ranks: its devices divided by TP x PP.
    for (const PlacedNode& pn : c.placed) {
        if (pn.devices.size() % perRank != 0)
            return c.error(RecipeText::tr("node %1 has %2 devices, not a multiple of TP x PP = %3")
                               .arg(pn.node.name)
                               .arg(pn.devices.size())
                               .arg(perRank),
                           pn.node.name);
    }
    LaunchPlan plan = basePlan(c);
    const int rpcPort = c.extra("dataParallelRpcPort", 13389).toInt();
    const QString headAddress = c.head().node.clusterAddress();
    const int port = c.deployment.serving.port;
    int rank = 0;
    QStringList startIds;
    for (int i = 0; i < c.placed.size(); ++i) {
        const PlacedNode& pn = c.placed.at(i);
        const bool head = i == 0;
        const int local = int(pn.devices.size()) / perRank;
        QStringList serve = vllmServeArgs(c);
        serve << QStringLiteral("--data-parallel-size") << QString::number(l.dp)
              << QStringLiteral("--data-parallel-size-local") << QString::number(local)
              << QStringLiteral("--data-parallel-address") << headAddress << QStringLiteral("--data-parallel-rpc-port")
              << QString::number(rpcPort);
        if (!head)
            serve << QStringLiteral("--headless") << QStringLiteral("--data-parallel-start-rank")
                  << QString::number(rank);
        if (auto ok = checkVllmAscendArgs(c, serve, head ? &plan.notes : nullptr); !ok)
            return ok.error();
        rank += local;

        NodePlan n = nodePlanFor(c, pn, head);
        if (head)
            n.ports << rpcPort; // data-parallel RPC: the headless ranks connect to it
        const QString name = c.containerName();
        addPreparation(n, c, name);
        ContainerSpec spec = ascendContainer(c, pn, name);
        spec.command = serve;
        // Headless workers wait for the head themselves, so they may start first.
        const QString ranks = local == 1 ? RecipeText::tr("DP rank %1").arg(rank - 1)
                                         : RecipeText::tr("DP ranks %1-%2").arg(rank - local).arg(rank - 1);
        const QString purpose = head ? RecipeText::tr("Start the data-parallel head (API server, %1)").arg(ranks)
                                     : RecipeText::tr("Start a headless data-parallel worker (%1)").arg(ranks);
        n.start << startContainerStep(n.node, QStringLiteral("start-vllm"), spec, purpose);
        startIds << n.start.last().id;
        n.stop << stopStep(n.node, name);
        plan.nodes << n;
    }
    if (rank != l.dp)
        return c.error(RecipeText::tr("the nodes hold %1 DP ranks, but DP is %2").arg(rank).arg(l.dp));
    NodePlan& head = plan.nodes.first();
    Step wait = waitHttpStep(head.node, head.node + QStringLiteral("/wait-ready"),
                             QStringLiteral("http://127.0.0.1:%1/health").arg(port), kStartTimeout,
                             RecipeText::tr("All DP ranks joined and the API server answers /health"));
    wait.waitsFor = startIds;
    head.start << wait;
    // The API server goes first so clients see a clean refusal, then the workers.
    for (int i = 1; i < plan.nodes.size(); ++i)
        plan.nodes[i].stop.first().waitsFor << head.stop.first().id;
    plan.health = healthFor(c.head(), port, kHealthPaths);
    plan.kube = kubeSpecFor(c, KubeKind::LeaderWorkerSet, &plan.kubeProblem);
    return plan;
}

Result<LaunchPlan> planVllmAscendRay(const RecipeContext& c)
{
    const project::Layout& l = c.deployment.layout;
    if (l.dp > 1)
        return c.error(RecipeText::tr("the Ray recipe runs one data-parallel rank; DP is %1").arg(l.dp), {},
                       RecipeText::tr("use %1 for data parallel across nodes")
                           .arg(project::engineKey(project::Engine::VllmAscendDp)));
    LaunchPlan plan = basePlan(c);
    QStringList serve = vllmServeArgs(c);
    serve << QStringLiteral("--distributed-executor-backend") << QStringLiteral("ray");
    if (auto ok = checkVllmAscendArgs(c, serve, &plan.notes); !ok)
        return ok.error();

    const int rayPort = c.extra("rayPort", 6379).toInt();
    const QString headAddress = c.head().node.clusterAddress();
    const QString name = c.containerName(QStringLiteral("ray"));
    QStringList workerStarts;
    QString headUp;
    for (int i = 0; i < c.placed.size(); ++i) {
        const PlacedNode& pn = c.placed.at(i);
        const bool head = i == 0;
        NodePlan n = nodePlanFor(c, pn, head);
        if (head)
            n.ports << rayPort; // the GCS the workers join
        addPreparation(n, c, name);
        ContainerSpec spec = ascendContainer(c, pn, name);
        // Ray reads these when it starts: they are set on the container (ASCEND_RT_VISIBLE_DEVICES by
        // ascendContainer), before `ray start`.
        spec.env << qMakePair(QStringLiteral("RAY_EXPERIMENTAL_NOSET_ASCEND_RT_VISIBLE_DEVICES"), QStringLiteral("1"));
        const QString ip = pn.node.clusterAddress();
        if (head)
            spec.command = {QStringLiteral("ray"),
                            QStringLiteral("start"),
                            QStringLiteral("--head"),
                            QStringLiteral("--port=%1").arg(rayPort),
                            QStringLiteral("--node-ip-address=%1").arg(ip),
                            QStringLiteral("--block")};
        else
            spec.command = {QStringLiteral("ray"), QStringLiteral("start"),
                            QStringLiteral("--address=%1:%2").arg(headAddress).arg(rayPort),
                            QStringLiteral("--node-ip-address=%1").arg(ip), QStringLiteral("--block")};
        Step start = startContainerStep(n.node, QStringLiteral("start-ray"), spec,
                                        head ? RecipeText::tr("Start the Ray head")
                                             : RecipeText::tr("Start a Ray worker and join the head"));
        if (!head)
            start.waitsFor << headUp;
        n.start << start;
        if (head) {
            Step up;
            up.id = n.node + QStringLiteral("/wait-ray-head");
            up.node = n.node;
            up.phase = StepPhase::Wait;
            up.purpose = RecipeText::tr("The Ray head answers `ray status`");
            const QString loop = QStringLiteral("until docker exec %1 ray status >/dev/null 2>&1; do sleep 5; done")
                                     .arg(shell::quote(name));
            up.script = QStringLiteral("timeout 300 bash -c %1").arg(shell::quote(loop));
            up.intent = remote::CommandIntent::of(remote::CommandKind::WaitReady);
            up.waitsFor << start.id;
            n.start << up;
            headUp = up.id;
        } else {
            workerStarts << start.id;
        }
        for (Step& st : n.start)
            st.group = head ? QStringLiteral("ray-head") : QStringLiteral("ray-worker");
        n.stop << stopStep(n.node, name);
        plan.nodes << n;
    }
    NodePlan& head = plan.nodes.first();
    Step joined;
    joined.group = QStringLiteral("ray-serve");
    joined.id = head.node + QStringLiteral("/wait-ray-nodes");
    joined.node = head.node;
    joined.phase = StepPhase::Wait;
    joined.purpose = RecipeText::tr("All %n node(s) joined the Ray cluster", nullptr, int(c.placed.size()));
    const QString count
        = QStringLiteral("until [ \"$(docker exec %1 ray status 2>/dev/null | grep -c ' node_')\" -ge %2 ]; "
                         "do sleep 5; done")
              .arg(shell::quote(name))
              .arg(c.placed.size());
    joined.script = QStringLiteral("timeout 600 bash -c %1").arg(shell::quote(count));
    joined.intent = remote::CommandIntent::of(remote::CommandKind::WaitReady);
    joined.waitsFor << headUp << workerStarts;
    head.start << joined;

    // One vllm serve on the head drives every node through Ray; its output goes to a log in the container.
    Step serveStep;
    serveStep.group = QStringLiteral("ray-serve");
    serveStep.id = head.node + QStringLiteral("/start-vllm");
    serveStep.node = head.node;
    serveStep.phase = StepPhase::Start;
    serveStep.purpose = RecipeText::tr("Start vllm serve on the Ray head (TP %1 x PP %2)").arg(l.tp).arg(l.pp);
    QStringList entry = ascendEntrypoint();
    entry[2] += QStringLiteral(" >>/tmp/npufleet-vllm.log 2>&1");
    serveStep.argv
        = QStringList {QStringLiteral("docker"), QStringLiteral("exec"), QStringLiteral("-d"), name} + entry + serve;
    serveStep.intent = remote::CommandIntent::of(remote::CommandKind::DockerAction);
    serveStep.waitsFor << joined.id;
    head.start << serveStep;
    const int port = c.deployment.serving.port;
    Step wait = waitHttpStep(head.node, head.node + QStringLiteral("/wait-ready"),
                             QStringLiteral("http://127.0.0.1:%1/health").arg(port), kStartTimeout,
                             RecipeText::tr("The server answers /health (the model is loaded on every node)"));
    wait.group = QStringLiteral("ray-serve");
    wait.waitsFor << serveStep.id;
    head.start << wait;
    for (int i = 1; i < plan.nodes.size(); ++i)
        plan.nodes[i].stop.first().waitsFor << head.stop.first().id;
    plan.health = healthFor(c.head(), port, kHealthPaths);
    plan.kube = kubeSpecFor(c, KubeKind::RayCluster, &plan.kubeProblem);
    return plan;
}

} // namespace npufleet::recipes
