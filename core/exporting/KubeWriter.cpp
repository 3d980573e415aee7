// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exporting/KubeWriter.h"

#include <yaml-cpp/yaml.h>

#include "core/util/SecretRules.h"
#include "core/util/ShellQuote.h"

namespace npufleet::exporting {

using recipes::KubeKind;
using recipes::KubePod;
using recipes::KubeSpec;

namespace {

const char* kLwsNameLabel = "leaderworkerset.sigs.k8s.io/name";

std::string s(const QString& text)
{
    return text.toStdString();
}

// Kubernetes expands $(VAR) in command and args; $$ is a literal $. Every $ of a script is doubled so that the
// shell, not Kubernetes, sees it.
std::string literal(const QString& text)
{
    QString t = text;
    t.replace(QLatin1Char('$'), QLatin1String("$$"));
    return t.toStdString();
}

void str(YAML::Emitter& out, const std::string& v)
{
    out << YAML::DoubleQuoted << v;
}

void labels(YAML::Emitter& out, const QList<QPair<QString, QString>>& pairs)
{
    out << YAML::Key << "labels" << YAML::Value << YAML::BeginMap;
    for (const auto& [k, v] : pairs) {
        out << YAML::Key << s(k) << YAML::Value;
        str(out, s(v));
    }
    out << YAML::EndMap;
}

void metadata(YAML::Emitter& out, const KubeSpec& k, const QString& name)
{
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << s(name);
    labels(out,
           {{QStringLiteral("app.kubernetes.io/name"), k.name},
            {QStringLiteral("app.kubernetes.io/managed-by"), QStringLiteral("npufleet")}});
    out << YAML::EndMap;
}

void probe(YAML::Emitter& out, const char* key, const KubeSpec& k, int period, int failures)
{
    out << YAML::Key << key << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "httpGet" << YAML::Value << YAML::BeginMap << YAML::Key << "path" << YAML::Value << "/health"
        << YAML::Key << "port" << YAML::Value << k.port << YAML::EndMap;
    out << YAML::Key << "periodSeconds" << YAML::Value << period;
    out << YAML::Key << "failureThreshold" << YAML::Value << failures;
    out << YAML::EndMap;
}

void environment(YAML::Emitter& out, const KubeSpec& k)
{
    out << YAML::Key << "env" << YAML::Value << YAML::BeginSeq;
    for (const QString& name : k.podIpVariables) {
        out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << s(name);
        out << YAML::Key << "valueFrom" << YAML::Value << YAML::BeginMap << YAML::Key << "fieldRef" << YAML::Value
            << YAML::BeginMap << YAML::Key << "fieldPath" << YAML::Value << "status.podIP" << YAML::EndMap
            << YAML::EndMap << YAML::EndMap;
    }
    for (const auto& [name, value] : k.env) {
        out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << s(name);
        // A ${VAR} reference comes from the deployment's Secret, never from this file.
        if (const QString var = secrets::referenceName(value); !var.isEmpty()) {
            out << YAML::Key << "valueFrom" << YAML::Value << YAML::BeginMap << YAML::Key << "secretKeyRef"
                << YAML::Value << YAML::BeginMap << YAML::Key << "name" << YAML::Value << s(k.secretName) << YAML::Key
                << "key" << YAML::Value << s(var) << YAML::EndMap << YAML::EndMap;
        } else {
            out << YAML::Key << "value" << YAML::Value;
            str(out, literal(value));
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

// One engine container; `command` empty keeps the image's (KubeRay starts Ray itself).
void container(YAML::Emitter& out, const KubeSpec& k, const char* name, const KubePod& pod, bool withCommand)
{
    out << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << name;
    out << YAML::Key << "image" << YAML::Value;
    str(out, s(k.image));
    if (withCommand && !pod.command.isEmpty()) {
        out << YAML::Key << "command" << YAML::Value << YAML::BeginSeq;
        for (const QString& w : pod.command)
            str(out, literal(w));
        out << YAML::EndSeq;
    }
    environment(out, k);
    const std::string npus = std::to_string(k.npusPerPod);
    out << YAML::Key << "resources" << YAML::Value << YAML::BeginMap;
    for (const char* which : {"limits", "requests"}) {
        out << YAML::Key << which << YAML::Value << YAML::BeginMap << YAML::Key << s(k.npuResource) << YAML::Value;
        str(out, npus);
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
    if (pod.serves) {
        out << YAML::Key << "ports" << YAML::Value << YAML::BeginSeq << YAML::BeginMap << YAML::Key << "name"
            << YAML::Value << "http" << YAML::Key << "containerPort" << YAML::Value << k.port << YAML::Key << "protocol"
            << YAML::Value << "TCP" << YAML::EndMap << YAML::EndSeq;
        // Loading a large model takes minutes: the startup probe allows for it before the others start.
        probe(out, "startupProbe", k, 10, std::max(1, k.startupSeconds / 10));
        probe(out, "readinessProbe", k, 10, 3);
        probe(out, "livenessProbe", k, 30, 3);
    }
    out << YAML::Key << "volumeMounts" << YAML::Value << YAML::BeginSeq;
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "model" << YAML::Key << "mountPath" << YAML::Value
        << s(k.model.mountPath) << YAML::Key << "readOnly" << YAML::Value << true << YAML::EndMap;
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "dshm" << YAML::Key << "mountPath" << YAML::Value
        << "/dev/shm" << YAML::EndMap;
    out << YAML::EndSeq;
    out << YAML::EndMap;
}

void volumes(YAML::Emitter& out, const KubeSpec& k)
{
    out << YAML::Key << "volumes" << YAML::Value << YAML::BeginSeq;
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "model";
    switch (k.model.kind) {
    case recipes::KubeModelVolume::Kind::Nfs:
        out << YAML::Key << "nfs" << YAML::Value << YAML::BeginMap << YAML::Key << "server" << YAML::Value
            << s(k.model.nfsServer) << YAML::Key << "path" << YAML::Value << s(k.model.nfsPath) << YAML::Key
            << "readOnly" << YAML::Value << true << YAML::EndMap;
        break;
    case recipes::KubeModelVolume::Kind::Pvc:
        out << YAML::Key << "persistentVolumeClaim" << YAML::Value << YAML::BeginMap << YAML::Key << "claimName"
            << YAML::Value << s(k.model.claimName) << YAML::Key << "readOnly" << YAML::Value << true << YAML::EndMap;
        break;
    case recipes::KubeModelVolume::Kind::HostPath:
        out << YAML::Key << "hostPath" << YAML::Value << YAML::BeginMap << YAML::Key << "path" << YAML::Value
            << s(k.model.hostPath) << YAML::Key << "type" << YAML::Value << "Directory" << YAML::EndMap;
        break;
    }
    out << YAML::EndMap;
    // Shared memory for the engine's workers: RAM, as docker's --shm-size gives it.
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "dshm" << YAML::Key << "emptyDir" << YAML::Value
        << YAML::BeginMap << YAML::Key << "medium" << YAML::Value << "Memory" << YAML::Key << "sizeLimit"
        << YAML::Value;
    str(out, s(k.shmSize));
    out << YAML::EndMap << YAML::EndMap;
    out << YAML::EndSeq;
}

void podTemplate(YAML::Emitter& out,
                 const KubeSpec& k,
                 const QList<QPair<QString, QString>>& podLabels,
                 const char* containerName,
                 const KubePod& pod,
                 bool withCommand)
{
    out << YAML::BeginMap;
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    labels(out, podLabels);
    out << YAML::EndMap;
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "containers" << YAML::Value << YAML::BeginSeq;
    container(out, k, containerName, pod, withCommand);
    out << YAML::EndSeq;
    volumes(out, k);
    out << YAML::EndMap;
    out << YAML::EndMap;
}

void service(YAML::Emitter& out, const KubeSpec& k, const QList<QPair<QString, QString>>& selector)
{
    out << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << "v1";
    out << YAML::Key << "kind" << YAML::Value << "Service";
    metadata(out, k, k.name);
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "type" << YAML::Value << "ClusterIP";
    out << YAML::Key << "selector" << YAML::Value << YAML::BeginMap;
    for (const auto& [key, value] : selector) {
        out << YAML::Key << s(key) << YAML::Value;
        str(out, s(value));
    }
    out << YAML::EndMap;
    out << YAML::Key << "ports" << YAML::Value << YAML::BeginSeq << YAML::BeginMap << YAML::Key << "name" << YAML::Value
        << "http" << YAML::Key << "port" << YAML::Value << k.port << YAML::Key << "targetPort" << YAML::Value << k.port
        << YAML::Key << "protocol" << YAML::Value << "TCP" << YAML::EndMap << YAML::EndSeq;
    out << YAML::EndMap;
    out << YAML::EndMap;
}

void deployment(YAML::Emitter& out, const KubeSpec& k)
{
    const QList<QPair<QString, QString>> podLabels {{QStringLiteral("app.kubernetes.io/name"), k.name},
                                                    {QStringLiteral("role"), QStringLiteral("leader")}};
    out << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << "apps/v1";
    out << YAML::Key << "kind" << YAML::Value << "Deployment";
    metadata(out, k, k.name);
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "replicas" << YAML::Value << 1;
    // The NPUs of the old pod must be free before the new one starts.
    out << YAML::Key << "strategy" << YAML::Value << YAML::BeginMap << YAML::Key << "type" << YAML::Value << "Recreate"
        << YAML::EndMap;
    out << YAML::Key << "selector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels" << YAML::Value
        << YAML::BeginMap;
    for (const auto& [key, value] : podLabels) {
        out << YAML::Key << s(key) << YAML::Value;
        str(out, s(value));
    }
    out << YAML::EndMap << YAML::EndMap;
    out << YAML::Key << "template" << YAML::Value;
    podTemplate(out, k, podLabels, "vllm", k.leader, true);
    out << YAML::EndMap;
    out << YAML::EndMap;
    out << YAML::BeginDoc; // "---": the Service is a document of its own
    service(out, k, podLabels);
}

void leaderWorkerSet(YAML::Emitter& out, const KubeSpec& k)
{
    out << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << "leaderworkerset.x-k8s.io/v1";
    out << YAML::Key << "kind" << YAML::Value << "LeaderWorkerSet";
    metadata(out, k, k.name);
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "replicas" << YAML::Value << 1;
    out << YAML::Key << "leaderWorkerTemplate" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "size" << YAML::Value << k.size;
    // One rank lost means the whole data-parallel group restarts.
    out << YAML::Key << "restartPolicy" << YAML::Value << "RecreateGroupOnPodRestart";
    out << YAML::Key << "leaderTemplate" << YAML::Value;
    podTemplate(out, k, {{QStringLiteral("role"), QStringLiteral("leader")}}, "vllm-leader", k.leader, true);
    out << YAML::Key << "workerTemplate" << YAML::Value;
    podTemplate(out, k, {{QStringLiteral("role"), QStringLiteral("worker")}}, "vllm-worker", k.worker, true);
    out << YAML::EndMap;
    out << YAML::EndMap;
    out << YAML::EndMap;
    out << YAML::BeginDoc; // "---": the Service is a document of its own
    service(out, k, {{QLatin1String(kLwsNameLabel), k.name}, {QStringLiteral("role"), QStringLiteral("leader")}});
}

void rayGroup(YAML::Emitter& out, const KubeSpec& k, bool head)
{
    out << YAML::Key << "rayStartParams" << YAML::Value << YAML::BeginMap;
    if (head) {
        out << YAML::Key << "dashboard-host" << YAML::Value;
        str(out, "0.0.0.0");
    }
    out << YAML::EndMap;
    out << YAML::Key << "template" << YAML::Value;
    // KubeRay starts Ray in the container itself; the image's own command is kept.
    podTemplate(out, k, {{QStringLiteral("role"), head ? QStringLiteral("head") : QStringLiteral("worker")}},
                head ? "ray-head" : "ray-worker", head ? k.leader : k.worker, false);
}

void rayCluster(YAML::Emitter& out, const KubeSpec& k)
{
    out << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << "ray.io/v1";
    out << YAML::Key << "kind" << YAML::Value << "RayCluster";
    metadata(out, k, k.name);
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "headGroupSpec" << YAML::Value << YAML::BeginMap;
    rayGroup(out, k, true);
    out << YAML::EndMap;
    const int workers = k.size - 1;
    if (workers > 0) {
        out << YAML::Key << "workerGroupSpecs" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
        out << YAML::Key << "groupName" << YAML::Value << "npu-workers";
        out << YAML::Key << "replicas" << YAML::Value << workers;
        out << YAML::Key << "minReplicas" << YAML::Value << workers;
        out << YAML::Key << "maxReplicas" << YAML::Value << workers;
        rayGroup(out, k, false);
        out << YAML::EndMap << YAML::EndSeq;
    }
    out << YAML::EndMap;
    out << YAML::EndMap;
    out << YAML::BeginDoc; // "---": the Service is a document of its own
    service(out, k,
            {{QStringLiteral("ray.io/cluster"), k.name}, {QStringLiteral("ray.io/node-type"), QStringLiteral("head")}});
}

} // namespace

QString KubeWriter::fileName(const KubeSpec& spec)
{
    switch (spec.kind) {
    case KubeKind::Deployment:
        return QStringLiteral("k8s.yaml");
    case KubeKind::LeaderWorkerSet:
        return QStringLiteral("lws.yaml");
    case KubeKind::RayCluster:
        break;
    }
    return QStringLiteral("raycluster.yaml");
}

QByteArray KubeWriter::manifests(const KubeSpec& spec, const QStringList& headerLines)
{
    YAML::Emitter out;
    for (QString line : headerLines) {
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        out << YAML::Comment(line.toStdString()) << YAML::Newline;
    }
    switch (spec.kind) {
    case KubeKind::Deployment:
        deployment(out, spec);
        break;
    case KubeKind::LeaderWorkerSet:
        leaderWorkerSet(out, spec);
        break;
    case KubeKind::RayCluster:
        rayCluster(out, spec);
        break;
    }
    return QByteArray(out.c_str()) + '\n';
}

QByteArray KubeWriter::runbook(const KubeSpec& k, const QString& deployment, const QStringList& notes)
{
    const QString file = fileName(k);
    QString md;
    const auto fence = [](const QString& code) -> QString {
        return QStringLiteral("```bash\n") + code + QStringLiteral("\n```\n\n");
    };
    md += QStringLiteral("# %1\n\n").arg(tr("Runbook: deployment \"%1\" on Kubernetes").arg(deployment));
    md += tr("%n pod(s), each with %1 NPU(s) of the resource `%2` from the NPU device plugin; image `%3`.", nullptr,
             k.size)
              .arg(k.npusPerPod)
              .arg(k.npuResource, k.image)
        + QStringLiteral("\n\n");
    md += QStringLiteral("## %1\n\n").arg(tr("Before"));
    switch (k.kind) {
    case KubeKind::LeaderWorkerSet:
        md += tr("Install LeaderWorkerSet (kubernetes-sigs/lws) in the cluster.") + QLatin1Char(' ');
        break;
    case KubeKind::RayCluster:
        md += tr("Install the KubeRay operator in the cluster.") + QLatin1Char(' ');
        break;
    case KubeKind::Deployment:
        break;
    }
    md += tr("Each NPU node runs the Ascend device plugin that offers `%1`; change the resource name with "
             "`npufleet export --npu-resource` for another plugin (HAMi, for instance).")
              .arg(k.npuResource)
        + QStringLiteral("\n\n");
    QStringList secretVars;
    for (const auto& [name, value] : k.env) {
        if (const QString var = secrets::referenceName(value); !var.isEmpty() && !secretVars.contains(var))
            secretVars << var;
    }
    if (!secretVars.isEmpty()) {
        QString code = QStringLiteral("kubectl create secret generic %1").arg(k.secretName);
        for (const QString& v : secretVars)
            code += QStringLiteral(" \\\n  --from-literal=%1=\"$%1\"").arg(v);
        md += tr("The secret values are not in the files: put them in the Secret %1 first.").arg(k.secretName)
            + QStringLiteral("\n\n") + fence(code);
    }
    md += QStringLiteral("## %1\n\n").arg(tr("Start"));
    md += fence(QStringLiteral("kubectl apply -f %1").arg(file));
    switch (k.kind) {
    case KubeKind::Deployment:
        md += fence(
            QStringLiteral("kubectl rollout status deployment/%1 --timeout=%2s").arg(k.name).arg(k.startupSeconds));
        break;
    case KubeKind::LeaderWorkerSet:
        md += tr("The leader serves the API; the workers run headless data-parallel ranks. Wait until the leader is "
                 "ready:")
            + QStringLiteral("\n\n")
            + fence(QStringLiteral("kubectl wait --for=condition=Ready pod -l %1=%2,role=leader --timeout=%3s")
                        .arg(QLatin1String(kLwsNameLabel), k.name)
                        .arg(k.startupSeconds));
        break;
    case KubeKind::RayCluster:
        md += tr("When every Ray pod is ready, start vllm serve on the head (it drives the workers through Ray):")
            + QStringLiteral("\n\n")
            + fence(QStringLiteral("kubectl wait --for=condition=Ready pod -l ray.io/cluster=%1 --timeout=600s\n"
                                   "head=\"$(kubectl get pod -l ray.io/cluster=%1,ray.io/node-type=head -o name)\"\n"
                                   "kubectl exec \"$head\" -- %2 >/tmp/vllm.log 2>&1 &")
                        .arg(k.name, shell::join(k.leader.command)));
        break;
    }
    md += QStringLiteral("## %1\n\n").arg(tr("Check the service"));
    md += fence(QStringLiteral("kubectl port-forward service/%1 %2:%2 &\ncurl -fsS http://127.0.0.1:%2/health\n"
                               "curl -fsS http://127.0.0.1:%2/v1/models")
                    .arg(k.name)
                    .arg(k.port));
    md += QStringLiteral("## %1\n\n").arg(tr("Stop"));
    md += fence(QStringLiteral("kubectl delete -f %1").arg(file));
    if (!notes.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(tr("Notes"));
        for (const QString& n : notes)
            md += QStringLiteral("- %1\n").arg(n);
        md += QLatin1Char('\n');
    }
    return md.toUtf8();
}

} // namespace npufleet::exporting
