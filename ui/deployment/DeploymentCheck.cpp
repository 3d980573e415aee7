// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/DeploymentCheck.h"

#include "core/deployment/Rules.h"
#include "core/project/ProjectValues.h"
#include "core/project/YamlSecrets.h"
#include "core/recipes/Recipes.h"

namespace npufleet::ui {

namespace {

QString fieldOfRule(const QString& field)
{
    return field == QLatin1String("node.nic") ? QStringLiteral("placement") : field;
}

// "deployments[0].serving.extra_args[1]" -> "serving"
QString fieldOfPath(const QString& path)
{
    const QString key = path.section(QLatin1Char('.'), 1, 1);
    if (key.startsWith(QLatin1String("environment")))
        return QStringLiteral("environment");
    if (key == QLatin1String("serving"))
        return QStringLiteral("serving");
    return key.isEmpty() ? QStringLiteral("name") : key;
}

bool errorsOnlyIn(const QList<FieldProblem>& problems, const QStringList& fields)
{
    for (const FieldProblem& p : problems) {
        if (p.error && !fields.contains(p.field))
            return false;
    }
    return true;
}

} // namespace

project::ProjectData DeploymentCheck::with(const project::ProjectData& project,
                                           const project::Deployment& deployment,
                                           const QString& replacing)
{
    project::ProjectData data = project;
    const int index = replacing.isEmpty() ? -1 : data.deploymentIndex(replacing);
    if (index >= 0)
        data.deployments[index] = deployment;
    else
        data.deployments << deployment;
    return data;
}

QList<FieldProblem>
DeploymentCheck::check(const project::ProjectData& project, const project::Deployment& d, const QString& replacing)
{
    QList<FieldProblem> out;
    const project::ProjectData data = with(project, d, replacing);
    if (d.name.trimmed().isEmpty())
        out << FieldProblem {QStringLiteral("name"), tr("give the deployment a name"), {}, true};
    for (const project::Deployment& other : project.deployments) {
        if (other.name == replacing && !replacing.isEmpty())
            continue;
        if (other.name == d.name)
            out << FieldProblem {QStringLiteral("name"), tr("another deployment is named %1").arg(d.name), {}, true};
        if (other.serving.port == d.serving.port)
            out << FieldProblem {QStringLiteral("port"),
                                 tr("port %1 is already used by deployment %2").arg(d.serving.port).arg(other.name),
                                 tr("choose a port no other deployment of the project uses"), true};
    }
    // The value gate and the secret rules: what the reader and the exporters refuse.
    project::ProjectData alone;
    alone.deployments << d;
    if (const std::optional<project::BadValue> bad = project::findBadValue(alone))
        out << FieldProblem {fieldOfPath(bad->path), bad->error.message, bad->error.hint, true};
    if (const auto secret = project::findSecretInDeployment(d))
        out << FieldProblem {secret->index >= 0 ? QStringLiteral("serving") : QStringLiteral("environment"),
                             secret->message, secret->hint, true};
    // The deployment rules with the model read (heads, memory per NPU), as the board sees them.
    for (const deployment::RuleViolation& v : deployment::checkProject(data).of(d.name))
        out << FieldProblem {fieldOfRule(v.field), v.message, v.hint, v.severity == deployment::Severity::Error};
    // What the engine's recipe says about this layout, these nodes and this image.
    if (!hasError(out)) {
        auto plan = recipes::makeLaunchPlan(data, d.name);
        if (!plan) {
            const Error& e = plan.error();
            const QString field = !d.image.isEmpty() && e.message.contains(d.image) ? QStringLiteral("image")
                                                                                    : QStringLiteral("engine");
            // The recipe's message starts with the deployment's name, which the page already shows.
            QString message = e.message;
            const QString prefix = QStringLiteral("deployment \"%1\": ").arg(d.name);
            if (message.startsWith(prefix))
                message = message.mid(prefix.size());
            out << FieldProblem {field, message, e.hint, true};
        }
    }
    return out;
}

QList<project::Engine>
DeploymentCheck::enginesFor(const project::ProjectData& project, const project::Deployment& d, QStringList* why)
{
    QList<project::Engine> allowed;
    QList<const cluster::Node*> nodes;
    for (const project::Placement& p : d.placement) {
        if (const cluster::Node* n = project.node(p.node))
            nodes << n;
    }
    if (nodes.isEmpty()) {
        for (const cluster::Node& n : project.nodes)
            nodes << &n;
    }
    const project::ModelSource* model = project.model(d.model);
    for (project::Engine e : project::allEngines()) {
        const project::EngineTraits& t = project::traits(e);
        QString reason;
        bool anySuits = nodes.isEmpty();
        for (const cluster::Node* n : nodes) {
            const bool nvidia = n->hardware.vendor == cluster::Vendor::Nvidia;
            if (t.hardware == project::Hardware::Any || nvidia == (t.hardware == project::Hardware::Nvidia))
                anySuits = true;
        }
        if (!anySuits)
            reason = tr("needs %1 accelerators")
                         .arg(t.hardware == project::Hardware::Nvidia ? QStringLiteral("NVIDIA")
                                                                      : QStringLiteral("Ascend"));
        else if (t.multiNode == project::MultiNode::No && d.placement.size() > 1)
            reason = tr("runs on one node; %n nodes are placed", nullptr, int(d.placement.size()));
        else if (t.needsModelPath && model && model->path.isEmpty())
            reason = tr("needs the model as a folder on the nodes");
        if (why)
            why->append(reason);
        if (reason.isEmpty())
            allowed << e;
    }
    return allowed;
}

std::optional<DeploymentFix>
DeploymentCheck::suggestFix(const project::ProjectData& project, const project::Deployment& d, const QString& replacing)
{
    // Only what a layout or an engine can clear: the user's own values (name, port, flags) stay theirs.
    static const QStringList userFields {QStringLiteral("name"), QStringLiteral("port"), QStringLiteral("serving"),
                                         QStringLiteral("environment"), QStringLiteral("image")};
    const QList<FieldProblem> now = check(project, d, replacing);
    if (!hasError(now)
        || !errorsOnlyIn(now, userFields + QStringList {QStringLiteral("engine"), QStringLiteral("layout")}))
        return std::nullopt;
    const auto clean = [&](const project::Deployment& c) {
        const QList<FieldProblem> p = check(project, c, replacing);
        return errorsOnlyIn(p, userFields) && !hasError(p, {QStringLiteral("image")});
    };
    const int n = d.placedDevices();
    // Layouts of the placed NPUs: one pipeline stage first, then fewer data-parallel ranks (larger TP).
    for (int pp = 1; pp <= n; ++pp) {
        for (int dp = 1; pp * dp <= n; ++dp) {
            if (n % (pp * dp) != 0)
                continue;
            project::Deployment c = d;
            c.layout = project::Layout {n / (pp * dp), pp, dp, d.layout.ep};
            if (c.layout != d.layout && clean(c))
                return DeploymentFix {tr("Use TP %1 × PP %2 × DP %3").arg(c.layout.tp).arg(pp).arg(dp), c};
        }
    }
    for (project::Engine e : enginesFor(project, d)) {
        project::Deployment c = d;
        c.engine = e;
        if (e != d.engine && clean(c))
            return DeploymentFix {tr("Use the engine %1").arg(project::engineDisplayName(e)), c};
    }
    return std::nullopt;
}

bool DeploymentCheck::hasError(const QList<FieldProblem>& problems, const QStringList& fields)
{
    for (const FieldProblem& p : problems) {
        if (p.error && (fields.isEmpty() || fields.contains(p.field)))
            return true;
    }
    return false;
}

QString DeploymentCheck::describe(const QList<FieldProblem>& problems, const QStringList& fields)
{
    QStringList lines;
    for (const bool errors : {true, false}) {
        for (const FieldProblem& p : problems) {
            if (p.error != errors || !fields.contains(p.field))
                continue;
            QString line = (errors ? QStringLiteral("<span style='color:#c62828'>✖ ")
                                   : QStringLiteral("<span style='color:#a15c00'>⚠ "))
                + p.message.toHtmlEscaped() + QStringLiteral("</span>");
            if (!p.hint.isEmpty())
                line += QStringLiteral("<br/>&nbsp;&nbsp;") + p.hint.toHtmlEscaped();
            if (!lines.contains(line))
                lines << line;
        }
    }
    return lines.join(QStringLiteral("<br/>"));
}

} // namespace npufleet::ui
