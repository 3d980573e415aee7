// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recipes/RecipeSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/recipes/ContainerNpus.h"
#include "core/recipes/EngineCapabilities.h"
#include "core/recipes/RecipeText.h"
#include "core/recipes/TuningVariables.h"
#include "core/util/ShellQuote.h"

namespace npufleet::recipes::support {

namespace {

const QStringList& quantizedKinds()
{
    static const QStringList kinds {QStringLiteral("w8a8"), QStringLiteral("w4a8"), QStringLiteral("w4a16"),
                                    QStringLiteral("w8a8_dynamic")};
    return kinds;
}
} // namespace

QString deviceList(const QList<int>& devices)
{
    QStringList s;
    for (int d : devices)
        s << QString::number(d);
    return s.join(QLatin1Char(','));
}

QStringList vllmServeArgs(const RecipeContext& c)
{
    const project::Deployment& d = c.deployment;
    const project::ServingOptions& s = d.serving;
    QStringList a {QStringLiteral("vllm"), QStringLiteral("serve"), c.model.path};
    // The user's extra arguments win: a flag they give is not added a second time.
    const auto add = [&](const char* flag, const QString& value = {}) {
        const QString f = QLatin1String(flag);
        for (const QString& e : s.extraArgs) {
            if (e == f || e.startsWith(f + QLatin1Char('=')))
                return;
        }
        a << f;
        if (!value.isNull())
            a << value;
    };
    add("--host", QStringLiteral("0.0.0.0"));
    add("--port", QString::number(s.port));
    const QString served = s.servedModelName.isEmpty() ? c.model.name : s.servedModelName;
    if (!served.isEmpty())
        add("--served-model-name", served);
    add("--tensor-parallel-size", QString::number(d.layout.tp));
    if (d.layout.pp > 1)
        add("--pipeline-parallel-size", QString::number(d.layout.pp));
    if (d.layout.ep)
        add("--enable-expert-parallel");
    if (s.maxModelLen > 0)
        add("--max-model-len", QString::number(s.maxModelLen));
    if (s.maxNumSeqs > 0)
        add("--max-num-seqs", QString::number(s.maxNumSeqs));
    add("--gpu-memory-utilization", QString::number(s.gpuMemoryUtilization));
    const bool ascend = project::isAscend(d.engine);
    if (ascend && quantizedKinds().contains(c.model.quantization.toLower()))
        add("--quantization", QStringLiteral("ascend"));
    if (c.extra("trustRemoteCode", true).toBool())
        add("--trust-remote-code");
    if (!s.additionalConfig.trimmed().isEmpty())
        add("--additional-config", s.additionalConfig.trimmed());
    a << s.extraArgs;
    return a;
}

Result<void> checkVllmAscendArgs(const RecipeContext& c, const QStringList& args, QStringList* notes)
{
    const QString additional = c.deployment.serving.additionalConfig.trimmed();
    QStringList keys;
    if (!additional.isEmpty()) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(additional.toUtf8(), &pe);
        if (!doc.isObject())
            return c.error(RecipeText::tr("--additional-config is not a JSON object: %1").arg(pe.errorString()));
        keys = doc.object().keys();
    }
    if (!c.version) {
        if (notes)
            notes->append(
                RecipeText::tr("the image tag of %1 names no version: flags were not checked against a release")
                    .arg(c.deployment.image));
        return {};
    }
    auto table = EngineCapabilities::load(QLatin1String(project::traits(c.deployment.engine).capabilities));
    if (!table)
        return table.error();
    for (const QString& word : args) {
        if (!word.startsWith(QLatin1String("--")))
            continue;
        if (auto why = table->missingFlag(word.section(QLatin1Char('='), 0, 0), *c.version))
            return c.error(RecipeText::tr("image %1 (vllm-ascend %2) has no %3")
                               .arg(c.deployment.image, c.version->toString(), word.section(QLatin1Char('='), 0, 0)),
                           {}, *why);
    }
    const QStringList errors = table->checkAdditionalConfig(keys, *c.version, notes);
    if (!errors.isEmpty())
        return c.error(errors.join(QLatin1String("; ")));
    return {};
}

QStringList ascendEntrypoint()
{
    // Positional parameters carry the real command, so its words never pass through this script's parsing.
    return {
        QStringLiteral("bash"), QStringLiteral("-c"),
        QStringLiteral("for f in /usr/local/Ascend/ascend-toolkit/set_env.sh /usr/local/Ascend/nnal/atb/set_env.sh; "
                       "do if [ -f \"$f\" ]; then . \"$f\"; fi; done; exec \"$@\""),
        QStringLiteral("npufleet-entry")};
}

ContainerSpec ascendContainer(const RecipeContext& c, const PlacedNode& pn, const QString& name)
{
    ContainerSpec spec;
    spec.name = name;
    spec.image = c.deployment.image;
    if (c.multiNode()) {
        const QString hccn = QStringLiteral("/usr/local/Ascend/driver/tools/hccn_tool");
        spec.volumes << VolumeMount {hccn, hccn, false};
    }
    spec.volumes << VolumeMount {QStringLiteral("/root/.cache"), QStringLiteral("/root/.cache"), false};
    spec.volumes << VolumeMount {c.model.path, c.model.path, false};
    spec.env = TuningVariables::forNode(pn.node, c.deployment);
    giveNpus(spec, pn.node, pn.devices, VisibleDevices::Set);
    spec.shmSize = c.extra("shmSize", QStringLiteral("16g")).toString();
    spec.hostNetwork = c.multiNode() || c.extra("network", QStringLiteral("host")).toString() == QLatin1String("host");
    if (!spec.hostNetwork)
        spec.ports << PortMap {c.deployment.serving.port, c.deployment.serving.port};
    spec.entrypoint = ascendEntrypoint();
    return spec;
}

Step dockerCheckStep(const QString& node)
{
    Step s;
    s.id = node + QStringLiteral("/check-docker");
    s.node = node;
    s.phase = StepPhase::Check;
    s.purpose = RecipeText::tr("Docker answers on this node");
    s.argv = QStringList {QStringLiteral("docker"), QStringLiteral("info"), QStringLiteral("--format"),
                          QStringLiteral("{{.ServerVersion}}")};
    s.intent = remote::CommandIntent::of(remote::CommandKind::DockerCheck);
    return s;
}

Step imagePullStep(const QString& node, const QString& image)
{
    Step s;
    s.id = node + QStringLiteral("/pull-image");
    s.node = node;
    s.phase = StepPhase::Prepare;
    s.purpose = RecipeText::tr("The engine image is on this node");
    s.script = QStringLiteral("docker image inspect %1 >/dev/null 2>&1 || docker pull %1").arg(shell::quote(image));
    s.intent = remote::CommandIntent::withValue(remote::CommandKind::PullImage, image);
    return s;
}

Step removeContainerStep(
    const QString& node, const QString& id, const QString& container, const QString& purpose, StepPhase phase)
{
    Step s;
    s.id = id;
    s.node = node;
    s.phase = phase;
    s.purpose = purpose;
    const QString q = shell::quote(container);
    s.script = QStringLiteral("if docker container inspect %1 >/dev/null 2>&1; then docker rm -f %1; fi").arg(q);
    s.intent = remote::CommandIntent::withValue(remote::CommandKind::RemoveContainer, container);
    return s;
}

Step scriptStep(const QString& node,
                const QString& id,
                StepPhase phase,
                const QString& purpose,
                const QString& script,
                remote::CommandKind kind)
{
    Step s;
    s.id = node + QLatin1Char('/') + id;
    s.node = node;
    s.phase = phase;
    s.purpose = purpose;
    s.script = script;
    s.intent = remote::CommandIntent::of(kind);
    return s;
}

Step waitHttpStep(
    const QString& node, const QString& id, const QString& url, int timeoutSeconds, const QString& purpose)
{
    Step s;
    s.id = id;
    s.node = node;
    s.phase = StepPhase::Wait;
    s.purpose = purpose;
    const QString loop = QStringLiteral("until curl -fsS -o /dev/null %1; do sleep 10; done").arg(shell::quote(url));
    s.script = QStringLiteral("timeout %1 bash -c %2").arg(timeoutSeconds).arg(shell::quote(loop));
    s.intent = remote::CommandIntent::of(remote::CommandKind::WaitReady);
    return s;
}

HealthCheck healthFor(const PlacedNode& serving, int port, const QStringList& paths)
{
    HealthCheck h;
    h.node = serving.node.name;
    h.host = serving.node.host;
    h.port = port;
    h.paths = paths;
    return h;
}

NodePlan nodePlanFor(const RecipeContext& c, const PlacedNode& pn, bool head)
{
    NodePlan n;
    n.node = pn.node.name;
    n.host = pn.node.host;
    n.user = pn.node.user;
    n.head = head;
    if (head)
        n.ports << c.deployment.serving.port;
    return n;
}

LaunchPlan basePlan(const RecipeContext& c)
{
    LaunchPlan plan;
    plan.deployment = c.deployment.name;
    plan.engine = c.deployment.engine;
    plan.image = c.deployment.image;
    if (c.version)
        plan.engineVersion = c.version->toString();
    return plan;
}

} // namespace npufleet::recipes::support
