// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// vLLM-Ascend on Kubernetes: one pod (Deployment), a LeaderWorkerSet across nodes (data parallel, as vLLM-Ascend's
// own multi-node tests run), or a KubeRay RayCluster. The device plugin allocates the NPUs.
#include <QCoreApplication>
#include <QRegularExpression>

#include "core/checks/HostFactParsers.h"
#include "core/recipes/RecipeSupport.h"
#include "core/recipes/RecipeText.h"
#include "core/recipes/Recipes.h"
#include "core/recipes/TuningVariables.h"
#include "core/util/SecretRules.h"
#include "core/util/ShellQuote.h"

namespace npufleet::recipes {

using namespace support;

namespace {

// CANN's environment, as the Docker recipes' entrypoint sets it up.
const char* kSetEnv = "for f in /usr/local/Ascend/ascend-toolkit/set_env.sh /usr/local/Ascend/nnal/atb/set_env.sh; "
                      "do if [ -f \"$f\" ]; then . \"$f\"; fi; done; ";
// HCCL_IF_IP is the pod's IP (downward API); the NIC that holds it names the socket interfaces.
const char* kNicFromPodIp = "nic=\"$(ip -o -4 addr show 2>/dev/null | awk -v a=\"$HCCL_IF_IP\" 'index($4, a \"/\") == "
                            "1 {print $2; exit}')\"; "
                            "export HCCL_SOCKET_IFNAME=\"${nic:-eth0}\" GLOO_SOCKET_IFNAME=\"${nic:-eth0}\" "
                            "TP_SOCKET_IFNAME=\"${nic:-eth0}\"; ";

// A DNS-1123 label from the deployment's slug: lower case, digits and '-', at most 40 characters (LWS and
// KubeRay append their own suffixes to pod and service names).
QString kubeName(const QString& slug)
{
    QString s;
    for (QChar ch : slug.toLower())
        s += (ch.unicode() < 128 && ch.isLetterOrNumber()) ? ch : QLatin1Char('-');
    static const QRegularExpression dashes(QStringLiteral("-+"));
    s.replace(dashes, QStringLiteral("-"));
    s = s.left(40);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    if (s.isEmpty() || !s.at(0).isLetter())
        s.prepend(QLatin1String("d-"));
    return s;
}

// docker's "16g" as a Kubernetes quantity: "16Gi".
QString quantity(const QString& dockerSize)
{
    const qint64 bytes = checks::parseDockerSize(dockerSize).value_or(16LL << 30);
    if (bytes % (1LL << 30) == 0)
        return QStringLiteral("%1Gi").arg(bytes >> 30);
    if (bytes % (1LL << 20) == 0)
        return QStringLiteral("%1Mi").arg(bytes >> 20);
    return QString::number(bytes);
}

KubeModelVolume modelVolume(const RecipeContext& c)
{
    KubeModelVolume v;
    v.mountPath = c.model.path;
    const project::SharedStorage& s = c.storage;
    const QString mount = s.mountPoint.endsWith(QLatin1Char('/')) ? s.mountPoint : s.mountPoint + QLatin1Char('/');
    if (!c.options.modelClaim.isEmpty()) {
        v.kind = KubeModelVolume::Kind::Pvc;
        v.claimName = c.options.modelClaim;
    } else if (s.isConfigured() && !c.storageServerAddress.isEmpty() && c.model.path.startsWith(mount)) {
        // The project's NFS share: the model's folder on the server's export.
        v.kind = KubeModelVolume::Kind::Nfs;
        v.nfsServer = c.storageServerAddress;
        v.nfsPath = s.exportPath + QLatin1Char('/') + c.model.path.mid(mount.size());
    } else {
        v.hostPath = c.model.path;
    }
    return v;
}

QStringList bash(const QString& script)
{
    return {QStringLiteral("bash"), QStringLiteral("-c"), script};
}

} // namespace

QString kubeOptionsProblem(const RecipeOptions& options)
{
    // An extended resource name: an optional DNS prefix, '/', a name; a claim: a DNS-1123 subdomain.
    static const QRegularExpression resource(
        QStringLiteral("^([a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"));
    static const QRegularExpression claim(QStringLiteral("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"));
    if (!resource.match(options.npuResource).hasMatch())
        return RecipeText::tr("'%1' is not a Kubernetes resource name (e.g. huawei.com/Ascend910)")
            .arg(options.npuResource);
    if (!options.modelClaim.isEmpty() && !claim.match(options.modelClaim).hasMatch())
        return RecipeText::tr("'%1' is not a PersistentVolumeClaim name (lower case letters, digits, '-' and '.')")
            .arg(options.modelClaim);
    return {};
}

std::optional<KubeSpec> kubeSpecFor(const RecipeContext& c, KubeKind kind, QString* problem)
{
    if (const QString why = kubeOptionsProblem(c.options); !why.isEmpty()) {
        *problem = why;
        return std::nullopt;
    }
    const project::Layout& l = c.deployment.layout;
    const qsizetype npus = c.head().devices.size();
    for (const PlacedNode& pn : c.placed) {
        if (pn.devices.size() != npus) {
            *problem = RecipeText::tr("every pod gets the same number of NPUs, but node %1 has %2 and node %3 has %4")
                           .arg(c.head().node.name)
                           .arg(npus)
                           .arg(pn.node.name)
                           .arg(pn.devices.size());
            return std::nullopt;
        }
    }
    KubeSpec k;
    k.kind = kind;
    k.name = kubeName(c.slug());
    k.image = c.deployment.image;
    k.size = int(c.placed.size());
    k.npusPerPod = int(npus);
    k.npuResource = c.options.npuResource;
    k.port = c.deployment.serving.port;
    k.secretName = k.name + QStringLiteral("-env");
    k.env = TuningVariables::tuningFor(c.deployment);
    k.model = modelVolume(c);
    k.shmSize = quantity(c.extra("shmSize", QStringLiteral("16g")).toString());
    const QStringList serve = vllmServeArgs(c);
    switch (kind) {
    case KubeKind::Deployment:
        k.leader.command = bash(QLatin1String(kSetEnv) + QStringLiteral("exec ") + shell::join(serve));
        k.leader.serves = true;
        break;
    case KubeKind::LeaderWorkerSet: {
        const int local = int(npus) / (l.tp * l.pp);
        if (local < 1 || local * l.tp * l.pp != npus || local * k.size != l.dp) {
            *problem = RecipeText::tr("a LeaderWorkerSet runs the same number of DP ranks in every pod: %1 pods of "
                                      "%2 NPUs with TP x PP = %3 hold %4 ranks, but DP is %5")
                           .arg(k.size)
                           .arg(npus)
                           .arg(l.tp * l.pp)
                           .arg(local * k.size)
                           .arg(l.dp);
            return std::nullopt;
        }
        k.podIpVariables << QStringLiteral("HCCL_IF_IP");
        const QString rpc = QString::number(c.extra("dataParallelRpcPort", 13389).toInt());
        const QStringList dp {QStringLiteral("--data-parallel-size"),       QString::number(l.dp),
                              QStringLiteral("--data-parallel-size-local"), QString::number(local),
                              QStringLiteral("--data-parallel-rpc-port"),   rpc};
        const QString prefix = QLatin1String(kSetEnv) + QLatin1String(kNicFromPodIp) + QStringLiteral("exec ");
        // The leader holds ranks 0..local-1 and listens on its own IP; worker i (LWS_WORKER_INDEX, 1..size-1)
        // holds i*local.., headless, and finds the leader by the name LWS gives it.
        k.leader.command
            = bash(prefix + shell::join(serve + dp) + QStringLiteral(" --data-parallel-address \"$HCCL_IF_IP\""));
        k.leader.serves = true;
        k.worker.command
            = bash(prefix + shell::join(serve + dp + QStringList {QStringLiteral("--headless")})
                   + QStringLiteral(" --data-parallel-address \"$LWS_LEADER_ADDRESS\"")
                   + QStringLiteral(" --data-parallel-start-rank \"$((LWS_WORKER_INDEX * %1))\"").arg(local));
        break;
    }
    case KubeKind::RayCluster: {
        // KubeRay starts Ray in every pod; vllm serve then runs on the head (the runbook says how).
        k.podIpVariables << QStringLiteral("HCCL_IF_IP");
        setVariable(k.env, QStringLiteral("RAY_EXPERIMENTAL_NOSET_ASCEND_RT_VISIBLE_DEVICES"), QStringLiteral("1"));
        k.rayPort = c.extra("rayPort", 6379).toInt();
        QStringList rayServe = serve;
        rayServe << QStringLiteral("--distributed-executor-backend") << QStringLiteral("ray");
        k.leader.command = bash(QLatin1String(kSetEnv) + QLatin1String(kNicFromPodIp) + QStringLiteral("exec ")
                                + shell::join(rayServe));
        k.leader.serves = true;
        break;
    }
    }
    return k;
}

} // namespace npufleet::recipes
