// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `npufleet deployment add|set|remove|show --project P --name N ...`: a deployment's every field from the
// command line, checked with the same deployment rules as the GUI and the recipes before it is saved.
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "core/project/Engine.h"

#include "app/cli/CliIo.h"
#include "app/cli/CliVerbs.h"
#include "app/cli/ProjectEditing.h"

namespace npufleet::cli {

namespace {

const QString kVerb = QStringLiteral("deployment");

bool has(const QCommandLineParser& p, const char* name)
{
    return p.isSet(QLatin1String(name));
}

QString value(const QCommandLineParser& p, const char* name)
{
    return p.value(QLatin1String(name));
}

// The model a --model folder names: the project's entry for that folder, else a new one.
QString modelFor(const QCommandLineParser& p, project::ProjectData& data)
{
    const QString path = QDir::cleanPath(value(p, "model"));
    for (const project::ModelSource& m : std::as_const(data.models)) {
        if (m.path == path)
            return m.id;
    }
    project::ModelSource m;
    m.name = QFileInfo(path).fileName();
    m.id = m.name.toLower();
    m.path = path;
    m.catalog = value(p, "catalog");
    m.quantization = has(p, "quant") ? value(p, "quant") : QStringLiteral("auto");
    for (int n = 2; data.model(m.id); ++n)
        m.id = m.name.toLower() + QLatin1Char('-') + QString::number(n);
    data.models << m;
    return m.id;
}

// The first N accelerators of each node, N = the layout's NPUs over the nodes.
bool place(const QStringList& nodes, const project::ProjectData& data, project::Deployment& d)
{
    if (nodes.isEmpty()) {
        usageError(kVerb, CliText::tr("--nodes needs one node name or more: n1,n2"));
        return false;
    }
    const int perNode = d.layout.npus() / int(nodes.size());
    if (perNode < 1 || perNode * int(nodes.size()) != d.layout.npus()) {
        usageError(kVerb,
                   CliText::tr("TP x PP x DP = %1 NPUs do not split evenly over %n node(s)", nullptr, int(nodes.size()))
                       .arg(d.layout.npus()));
        return false;
    }
    d.placement.clear();
    for (const QString& name : nodes) {
        project::Placement pl {name.trimmed(), {}};
        const cluster::Node* node = data.node(pl.node);
        const QList<cluster::Accelerator> accelerators = node ? node->accelerators() : QList<cluster::Accelerator> {};
        for (int i = 0; i < perNode; ++i)
            pl.devices << (i < accelerators.size() ? accelerators.at(i).index : i);
        d.placement << pl;
    }
    return true;
}

// Applies every field option given; returns false (after printing why) on a bad value.
bool applyFields(const QCommandLineParser& p, project::ProjectData& data, project::Deployment& d)
{
    if (has(p, "model"))
        d.model = modelFor(p, data);
    if (has(p, "engine")) {
        const std::optional<project::Engine> engine = project::engineFromKey(value(p, "engine"));
        if (!engine) {
            usageError(kVerb,
                       CliText::tr("unknown engine '%1' (one of: %2)")
                           .arg(value(p, "engine"), project::engineKeys().join(QStringLiteral(", "))));
            return false;
        }
        d.engine = *engine;
    }
    if (has(p, "image"))
        d.image = value(p, "image");
    else if (d.image.isEmpty() && project::traits(d.engine).defaultImage)
        d.image = QLatin1String(project::traits(d.engine).defaultImage);
    const struct
    {
        const char* name;
        int* target;
        int min;
        int max;
    } ints[] = {{"tp", &d.layout.tp, 1, 1024},
                {"pp", &d.layout.pp, 1, 1024},
                {"dp", &d.layout.dp, 1, 1024},
                {"port", &d.serving.port, 1, 65535},
                {"max-model-len", &d.serving.maxModelLen, 0, 16'777'216},
                {"max-num-seqs", &d.serving.maxNumSeqs, 0, 1'000'000}};
    for (const auto& i : ints) {
        if (has(p, i.name) && !editing::readInt(kVerb, QLatin1String(i.name), value(p, i.name), i.min, i.max, i.target))
            return false;
    }
    if (has(p, "ep"))
        d.layout.ep = true;
    if (has(p, "no-ep"))
        d.layout.ep = false;
    if (has(p, "gpu-memory-utilization")) {
        bool ok = false;
        const double u = value(p, "gpu-memory-utilization").toDouble(&ok);
        if (!ok || !(u > 0 && u <= 1)) {
            usageError(kVerb, CliText::tr("--gpu-memory-utilization is a number in (0, 1]"));
            return false;
        }
        d.serving.gpuMemoryUtilization = u;
    }
    if (has(p, "served-model-name"))
        d.serving.servedModelName = value(p, "served-model-name");
    if (has(p, "block-size")) {
        int block = 0;
        if (!editing::readInt(kVerb, QStringLiteral("block-size"), value(p, "block-size"), 1, 1024, &block))
            return false;
        d.serving.extraArgs << QStringLiteral("--block-size") << QString::number(block);
    }
    d.serving.extraArgs << p.values(QStringLiteral("extra-arg"));
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (const QString& entry : p.values(QStringLiteral("env"))) {
        const QString name = entry.section(QLatin1Char('='), 0, 0);
        const QString val = entry.section(QLatin1Char('='), 1);
        if (!entry.contains(QLatin1Char('=')) || !envName.match(name).hasMatch() || val.contains(QLatin1Char('\n'))) {
            usageError(kVerb, CliText::tr("--env wants NAME=VALUE on one line, not '%1'").arg(entry));
            return false;
        }
        d.environment.append({name, val});
    }
    if (has(p, "nodes") || has(p, "tp") || has(p, "pp") || has(p, "dp")) {
        QStringList nodes = value(p, "nodes").split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (!has(p, "nodes")) { // a new layout on the same nodes
            for (const project::Placement& pl : std::as_const(d.placement))
                nodes << pl.node;
        }
        return place(nodes, data, d);
    }
    return true;
}

QJsonObject toJson(const project::ProjectData& data, const project::Deployment& d)
{
    QJsonArray placement;
    for (const project::Placement& pl : d.placement) {
        QJsonArray devices;
        for (int dev : pl.devices)
            devices << dev;
        placement << QJsonObject {{QStringLiteral("node"), pl.node}, {QStringLiteral("devices"), devices}};
    }
    const project::ModelSource* m = data.model(d.model);
    return QJsonObject {{QStringLiteral("name"), d.name},
                        {QStringLiteral("model"), d.model},
                        {QStringLiteral("model_path"), m ? m->path : QString()},
                        {QStringLiteral("engine"), project::engineKey(d.engine)},
                        {QStringLiteral("image"), d.image},
                        {QStringLiteral("tp"), d.layout.tp},
                        {QStringLiteral("pp"), d.layout.pp},
                        {QStringLiteral("dp"), d.layout.dp},
                        {QStringLiteral("ep"), d.layout.ep},
                        {QStringLiteral("port"), d.serving.port},
                        {QStringLiteral("max_model_len"), d.serving.maxModelLen},
                        {QStringLiteral("max_num_seqs"), d.serving.maxNumSeqs},
                        {QStringLiteral("gpu_memory_utilization"), d.serving.gpuMemoryUtilization},
                        {QStringLiteral("served_model_name"), d.serving.servedModelName},
                        {QStringLiteral("extra_args"), QJsonArray::fromStringList(d.serving.extraArgs)},
                        {QStringLiteral("placement"), placement}};
}

} // namespace

int runDeployment(const QStringList& args)
{
    QCommandLineParser p;
    const auto opt = [&](const char* name, const QString& help, const QString& valueName = {}) {
        p.addOption(QCommandLineOption(QLatin1String(name), help, valueName));
    };
    opt("project", CliText::tr("The project file to edit."), CliText::tr("P.yaml"));
    opt("name", CliText::tr("The deployment's name."), CliText::tr("NAME"));
    opt("model", CliText::tr("Model folder on the nodes (shared storage or copied)."), CliText::tr("PATH"));
    opt("catalog", CliText::tr("Catalog model whose config.json describes it, when the folder is not here."),
        CliText::tr("NAME"));
    opt("quant", CliText::tr("Weight format: auto|bf16|fp16|fp8|w8a8|w4a8|w4a16."), CliText::tr("Q"));
    opt("engine", CliText::tr("Serving engine: %1.").arg(project::engineKeys().join(QLatin1Char('|'))),
        CliText::tr("E"));
    opt("image", CliText::tr("Container image (default: the engine's)."), CliText::tr("IMAGE"));
    opt("tp", CliText::tr("Tensor-parallel size."), CliText::tr("N"));
    opt("pp", CliText::tr("Pipeline-parallel size."), CliText::tr("N"));
    opt("dp", CliText::tr("Data-parallel size."), CliText::tr("N"));
    opt("ep", CliText::tr("Expert parallel on."));
    opt("no-ep", CliText::tr("Expert parallel off."));
    opt("nodes", CliText::tr("Nodes to place it on, head first: n1,n2 (the first TP x PP x DP / nodes NPUs of each)."),
        CliText::tr("LIST"));
    opt("port", CliText::tr("Serving port."), CliText::tr("PORT"));
    opt("max-model-len", CliText::tr("Context length per request (0: the engine's default)."), CliText::tr("N"));
    opt("max-num-seqs", CliText::tr("Sequences served at once (0: the engine's default)."), CliText::tr("N"));
    opt("gpu-memory-utilization", CliText::tr("Share of NPU memory the engine may use (default 0.9)."),
        CliText::tr("U"));
    opt("served-model-name", CliText::tr("The model name clients ask for."), CliText::tr("NAME"));
    opt("block-size", CliText::tr("KV cache block size in tokens."), CliText::tr("N"));
    opt("extra-arg", CliText::tr("One more engine argument, passed as it is (repeat for more)."), CliText::tr("ARG"));
    opt("env", CliText::tr("An environment variable NAME=VALUE (repeat for more; secrets as ${VAR})."),
        CliText::tr("NAME=VALUE"));
    opt("format", CliText::tr("Output of show: table (default) or json."), CliText::tr("FORMAT"));
    p.addPositionalArgument(QStringLiteral("action"), CliText::tr("add, set, remove or show"),
                            CliText::tr("add|set|remove|show"));
    if (const int code = parseArguments(p, kVerb, CliText::tr("Add, change, remove or show a deployment."), args);
        code >= 0)
        return code;
    const QStringList rest = p.positionalArguments();
    const QString action = rest.value(0);
    static const QStringList actions {QStringLiteral("add"), QStringLiteral("set"), QStringLiteral("remove"),
                                      QStringLiteral("show")};
    if (rest.size() != 1 || !actions.contains(action))
        return usageError(kVerb, CliText::tr("use: npufleet deployment add|set|remove|show --project P --name N ..."));
    const QString name = value(p, "name");
    if (name.isEmpty())
        return usageError(kVerb, CliText::tr("--name is required"));
    const QString path = value(p, "project");
    std::optional<project::ProjectData> data = editing::openForEditing(kVerb, path);
    if (!data)
        return 2;
    const int index = data->deploymentIndex(name);

    if (action == QLatin1String("show") || action == QLatin1String("remove")) {
        if (index < 0)
            return usageError(kVerb, CliText::tr("the project has no deployment named %1").arg(name));
        if (action == QLatin1String("remove")) {
            data->deployments.removeAt(index);
            return editing::save(kVerb, *data, path) ? 0 : 2;
        }
        const QJsonObject json = toJson(*data, data->deployments.at(index));
        if (value(p, "format") == QLatin1String("json")) {
            out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        } else {
            for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
                const QJsonValue v = it.value();
                const QString text = v.isString() ? v.toString()
                    : v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                                  : v.toVariant().toString();
                out() << QStringLiteral("%1  %2\n").arg(it.key(), -24).arg(text);
            }
        }
        out().flush();
        return 0;
    }

    project::Deployment d;
    if (action == QLatin1String("add")) {
        if (index >= 0)
            return usageError(kVerb, CliText::tr("the project already has a deployment named %1").arg(name));
        if (!editing::validName(kVerb, CliText::tr("deployment"), name))
            return 2;
        for (const char* required : {"model", "nodes"}) {
            if (!has(p, required))
                return usageError(kVerb, CliText::tr("--%1 is required").arg(QLatin1String(required)));
        }
        d.name = name;
    } else {
        if (index < 0)
            return usageError(kVerb, CliText::tr("the project has no deployment named %1").arg(name));
        d = data->deployments.at(index);
    }
    if (!applyFields(p, *data, d))
        return 2;
    if (!editing::rulesHold(kVerb, *data, d))
        return 2;
    if (index >= 0)
        data->deployments[index] = d;
    else
        data->deployments << d;
    return editing::save(kVerb, *data, path) ? 0 : 2;
}

} // namespace npufleet::cli
