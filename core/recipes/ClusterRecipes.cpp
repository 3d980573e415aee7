// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GPUStack (server + workers) and Docker Swarm (stack of vLLM-Ascend replicas).
#include <QCoreApplication>

#include "core/recipes/ContainerNpus.h"
#include "core/recipes/RecipeSupport.h"
#include "core/recipes/RecipeText.h"
#include "core/recipes/Recipes.h"
#include "core/recipes/TuningVariables.h"
#include "core/util/ShellQuote.h"

namespace npufleet::recipes {

using namespace support;

namespace {

Step scriptStep(const QString& node, const QString& id, StepPhase phase, const QString& purpose, const QString& script)
{
    Step s;
    s.id = node + QLatin1Char('/') + id;
    s.node = node;
    s.phase = phase;
    s.purpose = purpose;
    s.script = script;
    return s;
}

// Skipped when the node already is in a swarm, so a second run does not fail.
QString unlessInSwarm(const QString& command)
{
    return QStringLiteral("if [ \"$(docker info --format '{{.Swarm.LocalNodeState}}')\" != active ]; then %1; fi")
        .arg(command);
}
} // namespace

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
                                                QStringLiteral("cat"), QStringLiteral("/var/lib/gpustack/token")}));
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

Result<LaunchPlan> planSwarm(const RecipeContext& c)
{
    const project::Layout& l = c.deployment.layout;
    // Every node runs an independent replica: DP counts the nodes, TP x PP the devices of each.
    if (l.dp != c.placed.size())
        return c.error(RecipeText::tr("the Swarm recipe runs one independent replica per node: DP must be %1, not %2")
                           .arg(c.placed.size())
                           .arg(l.dp));
    for (const PlacedNode& pn : c.placed) {
        if (pn.devices.size() != l.tp * l.pp)
            return c.error(RecipeText::tr("node %1 has %2 devices, but each replica needs TP x PP = %3")
                               .arg(pn.node.name)
                               .arg(pn.devices.size())
                               .arg(l.tp * l.pp),
                           pn.node.name);
    }
    LaunchPlan plan = basePlan(c);
    project::Deployment single = c.deployment;
    single.layout.dp = 1;
    RecipeContext one = c;
    one.deployment = single;
    const QStringList serve = vllmServeArgs(one);
    if (auto ok = checkVllmAscendArgs(c, serve, &plan.notes); !ok)
        return ok.error();

    const int port = c.deployment.serving.port;
    StackSpec stack;
    stack.fileName = QStringLiteral("vllm-stack.yml");
    stack.stackName = c.containerName();
    stack.network = QStringLiteral("vllm-net");
    const QString headIp = c.head().node.clusterAddress();
    const QString joinToken = QStringLiteral("SWARM_JOIN_TOKEN");
    QString tokenStep;
    QStringList joins;
    for (int i = 0; i < c.placed.size(); ++i) {
        const PlacedNode& pn = c.placed.at(i);
        const bool head = i == 0;
        NodePlan n = nodePlanFor(c, pn, head);
        if (head)
            n.swarmPorts << 2377; // cluster management, on the manager
        n.swarmPorts << 7946; // node communication
        n.swarmUdpPorts << 7946 << 4789; // node communication and the overlay network (VXLAN)
        n.start << dockerCheckStep(n.node);
        n.start << scriptStep(
            n.node, QStringLiteral("check-firewall"), StepPhase::Check,
            RecipeText::tr(
                "firewalld is off and Docker's iptables chains exist (else tasks fail: Unable to enable SKIP DNAT "
                "rule)"),
            QStringLiteral("if systemctl is-active --quiet firewalld; then echo %1 >&2; exit 1; fi; "
                           "iptables -t nat -S DOCKER >/dev/null")
                .arg(shell::quote(
                    RecipeText::tr("firewalld is active: systemctl stop firewalld; systemctl disable firewalld; "
                                   "systemctl restart docker"))));
        n.start << imagePullStep(n.node, c.deployment.image);
        const QString ip = pn.node.clusterAddress();
        if (head) {
            n.start << scriptStep(
                n.node, QStringLiteral("swarm-init"), StepPhase::Prepare,
                RecipeText::tr("This node is a swarm manager"),
                unlessInSwarm(shell::join({QStringLiteral("docker"), QStringLiteral("swarm"), QStringLiteral("init"),
                                           QStringLiteral("--advertise-addr"), ip})));
            Step read = scriptStep(n.node, QStringLiteral("join-token"), StepPhase::Prepare,
                                   RecipeText::tr("Read the worker join token"),
                                   QStringLiteral("docker swarm join-token -q worker"));
            read.captureAs = joinToken;
            read.waitsFor << n.start.last().id;
            n.start << read;
            tokenStep = read.id;
        } else {
            Step join = scriptStep(
                n.node, QStringLiteral("swarm-join"), StepPhase::Prepare, RecipeText::tr("This node joins the swarm"),
                unlessInSwarm(QStringLiteral("docker swarm join --token \"${%1}\" --advertise-addr %2 %3")
                                  .arg(joinToken, shell::quote(ip), shell::quote(headIp + QStringLiteral(":2377")))));
            join.needsSecrets << joinToken;
            join.waitsFor << tokenStep;
            n.start << join;
            joins << join.id;
        }
        StackService svc;
        svc.container = ascendContainer(c, pn, c.slug() + QLatin1Char('-') + pn.node.name);
        svc.container.hostNetwork = false;
        svc.container.command = serve;
        svc.node = pn.node.live.hostname.isEmpty() ? pn.node.name : pn.node.live.hostname;
        svc.nodeName = pn.node.name;
        svc.publishedPort = port;
        stack.services << svc;
        plan.nodes << n;
    }
    NodePlan& head = plan.nodes.first();
    Step deploy = scriptStep(head.node, QStringLiteral("stack-deploy"), StepPhase::Start,
                             RecipeText::tr("Deploy the stack (one vLLM-Ascend service per node)"),
                             shell::join({QStringLiteral("docker"), QStringLiteral("stack"), QStringLiteral("deploy"),
                                          QStringLiteral("-c"), stack.fileName, stack.stackName}));
    deploy.waitsFor << joins;
    head.start << deploy;
    Step wait = waitHttpStep(head.node, head.node + QStringLiteral("/wait-ready"),
                             QStringLiteral("http://127.0.0.1:%1/health").arg(port), 1800,
                             RecipeText::tr("The service on this node answers /health"));
    wait.waitsFor << deploy.id;
    head.start << wait;
    head.stop << scriptStep(
        head.node, QStringLiteral("stack-rm"), StepPhase::Stop, RecipeText::tr("Remove the stack"),
        shell::join({QStringLiteral("docker"), QStringLiteral("stack"), QStringLiteral("rm"), stack.stackName}));
    plan.notes << RecipeText::tr(
        "Swarm services get the devices listed in the stack file only on Docker Engine versions that "
        "support devices for services; check with `docker inspect` on a task container.");
    if (c.placed.size() > 1)
        plan.notes << RecipeText::tr(
            "The stack's placement uses the nodes' host names; they must match `docker node ls`.");
    plan.stack = stack;
    plan.health = healthFor(c.head(), port, {QStringLiteral("/health"), QStringLiteral("/v1/models")});
    return plan;
}

} // namespace npufleet::recipes
