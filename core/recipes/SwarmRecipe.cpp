// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Docker Swarm: a stack of independent vLLM-Ascend replicas, one per node, that really gets its NPUs.
#include <QCoreApplication>

#include "core/checks/HostFactParsers.h"
#include "core/recipes/RecipeSupport.h"
#include "core/recipes/RecipeText.h"
#include "core/recipes/Recipes.h"
#include "core/recipes/SwarmDaemon.h"
#include "core/util/ShellQuote.h"

namespace npufleet::recipes {

using namespace support;

namespace {

constexpr qint64 kDefaultShmBytes = 16LL * 1024 * 1024 * 1024;

// Skipped when the node already is in a swarm, so a second run does not fail.
QString unlessInSwarm(const QString& command)
{
    return QStringLiteral("if [ \"$(docker info --format '{{.Swarm.LocalNodeState}}')\" != active ]; then %1; fi")
        .arg(command);
}

Result<void> checkShape(const RecipeContext& c)
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
    return {};
}

// The service's container: the NPUs through the Ascend Docker Runtime (ASCEND_VISIBLE_DEVICES in host numbering),
// whatever the node does for plain containers, since Swarm honours no other way.
StackService serviceFor(const RecipeContext& c, const PlacedNode& pn, const QStringList& serve)
{
    PlacedNode viaRuntime = pn;
    viaRuntime.node.npuAccess = cluster::NpuAccess::AscendRuntime;
    StackService svc;
    svc.container = ascendContainer(c, viaRuntime, c.slug() + QLatin1Char('-') + pn.node.name);
    svc.container.hostNetwork = false;
    svc.container.command = serve;
    svc.node = pn.node.live.hostname.isEmpty() ? pn.node.name : pn.node.live.hostname;
    svc.nodeName = pn.node.name;
    svc.publishedPort = c.deployment.serving.port;
    svc.genericNpus = int(pn.devices.size());
    svc.shmBytes = checks::parseDockerSize(svc.container.shmSize).value_or(kDefaultShmBytes);
    return svc;
}

} // namespace

Result<LaunchPlan> planSwarm(const RecipeContext& c)
{
    if (auto ok = checkShape(c); !ok)
        return ok.error();
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

        // The node's daemon.json: written next to the scripts, applied once by the user (it restarts Docker).
        const QString folder = QStringLiteral("swarm/%1/").arg(pn.node.name);
        const QString apply = folder + QStringLiteral("apply-daemon-json.sh");
        plan.files << PlannedFile {pn.node.name,
                                   folder + QStringLiteral("daemon.json"),
                                   {},
                                   RecipeText::tr("daemon.json keys for node %1: the Ascend Docker Runtime as "
                                                  "default runtime, its NPUs as Swarm generic resources")
                                       .arg(pn.node.name),
                                   swarm::daemonFragment(pn.node)}
                   << PlannedFile {pn.node.name,
                                   apply,
                                   {},
                                   RecipeText::tr("Merges daemon.json into /etc/docker/daemon.json and restarts Docker "
                                                  "when it changed"),
                                   swarm::applyScript()};
        plan.setup << RecipeText::tr("On **%1** (`%2`): `sudo bash %3` — makes the Ascend Docker Runtime Docker's "
                                     "default runtime and offers the node's %4 NPUs to Swarm (kind %5); keeps the "
                                     "other keys of /etc/docker/daemon.json and a dated backup, and restarts Docker "
                                     "if anything changed (running containers stop unless live-restore is on).")
                          .arg(pn.node.name, pn.node.host, apply)
                          .arg(pn.node.accelerators().size())
                          .arg(QLatin1String(swarm::kNpuKind));

        n.start << dockerCheckStep(n.node) << swarm::checkRuntimeStep(n.node, apply, int(pn.devices.size()));
        n.start << scriptStep(
            n.node, QStringLiteral("check-firewall"), StepPhase::Check,
            RecipeText::tr(
                "firewalld is off and Docker's iptables chains exist (else tasks fail: Unable to enable SKIP DNAT "
                "rule)"),
            QStringLiteral("if systemctl is-active --quiet firewalld; then echo %1 >&2; exit 1; fi; "
                           "iptables -t nat -S DOCKER >/dev/null")
                .arg(shell::quote(
                    RecipeText::tr("firewalld is active: systemctl stop firewalld; systemctl disable firewalld; "
                                   "systemctl restart docker"))),
            remote::CommandKind::LaunchCheck);
        n.start << imagePullStep(n.node, c.deployment.image);
        const QString ip = pn.node.clusterAddress();
        if (head) {
            n.start << scriptStep(
                n.node, QStringLiteral("swarm-init"), StepPhase::Prepare,
                RecipeText::tr("This node is a swarm manager"),
                unlessInSwarm(shell::join({QStringLiteral("docker"), QStringLiteral("swarm"), QStringLiteral("init"),
                                           QStringLiteral("--advertise-addr"), ip})),
                remote::CommandKind::DockerAction);
            Step read = scriptStep(
                n.node, QStringLiteral("join-token"), StepPhase::Prepare, RecipeText::tr("Read the worker join token"),
                QStringLiteral("docker swarm join-token -q worker"), remote::CommandKind::PrintJoinToken);
            read.captureAs = joinToken;
            read.waitsFor << n.start.last().id;
            n.start << read;
            tokenStep = read.id;
        } else {
            Step join = scriptStep(
                n.node, QStringLiteral("swarm-join"), StepPhase::Prepare, RecipeText::tr("This node joins the swarm"),
                unlessInSwarm(QStringLiteral("docker swarm join --token \"${%1}\" --advertise-addr %2 %3")
                                  .arg(joinToken, shell::quote(ip), shell::quote(headIp + QStringLiteral(":2377")))),
                remote::CommandKind::DockerAction);
            join.needsSecrets << joinToken;
            join.waitsFor << tokenStep;
            n.start << join;
            joins << join.id;
        }
        stack.services << serviceFor(c, pn, serve);
        plan.nodes << n;
    }
    NodePlan& head = plan.nodes.first();
    Step deploy = scriptStep(head.node, QStringLiteral("stack-deploy"), StepPhase::Start,
                             RecipeText::tr("Deploy the stack (one vLLM-Ascend service per node)"),
                             shell::join({QStringLiteral("docker"), QStringLiteral("stack"), QStringLiteral("deploy"),
                                          QStringLiteral("-c"), stack.fileName, stack.stackName}),
                             remote::CommandKind::DockerAction);
    deploy.waitsFor << joins;
    head.start << deploy;
    Step wait = waitHttpStep(head.node, head.node + QStringLiteral("/wait-ready"),
                             QStringLiteral("http://127.0.0.1:%1/health").arg(port), 1800,
                             RecipeText::tr("The service on this node answers /health"));
    wait.waitsFor << deploy.id;
    head.start << wait;
    head.stop << scriptStep(
        head.node, QStringLiteral("stack-rm"), StepPhase::Stop, RecipeText::tr("Remove the stack"),
        shell::join({QStringLiteral("docker"), QStringLiteral("stack"), QStringLiteral("rm"), stack.stackName}),
        remote::CommandKind::DockerAction);
    const qint64 shm = stack.services.first().shmBytes;
    plan.notes << RecipeText::tr(
                      "Swarm ignores devices, shm_size, ipc and privileged (docker stack deploy prints \"Ignoring "
                      "unsupported options\"). The NPUs reach each service through the Ascend Docker Runtime, the "
                      "nodes' default runtime, which mounts the NPUs that ASCEND_VISIBLE_DEVICES names and the "
                      "driver; shared memory is a tmpfs of %1 GiB mounted at /dev/shm by the stack itself.")
                      .arg(double(shm) / (1024.0 * 1024 * 1024), 0, 'f', 0);
    if (c.placed.size() > 1)
        plan.notes << RecipeText::tr(
            "The stack's placement uses the nodes' host names; they must match `docker node ls`.");
    plan.stack = stack;
    plan.health = healthFor(c.head(), port, {QStringLiteral("/health"), QStringLiteral("/v1/models")});
    return plan;
}

} // namespace npufleet::recipes
