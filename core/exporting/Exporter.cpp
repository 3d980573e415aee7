// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exporting/Exporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <optional>

#include "core/exporting/ComposeWriter.h"
#include "core/exporting/KubeWriter.h"
#include "core/exporting/RunbookWriter.h"
#include "core/exporting/ScriptWriter.h"
#include "core/recipes/Recipes.h"
#include "core/util/ControlChars.h"
#include "core/util/SafePath.h"
#include "core/util/SecretRules.h"

namespace npufleet::exporting {

using recipes::LaunchPlan;
using recipes::NodePlan;
using recipes::Step;

namespace {
Error exportError(const LaunchPlan& plan, const QString& problem)
{
    Error e;
    e.message = Exporter::tr("deployment \"%1\": %2").arg(plan.deployment, problem);
    return e;
}

QString headerWhat(const LaunchPlan& plan)
{
    return Exporter::tr("deployment \"%1\", engine %2, image %3")
        .arg(plan.deployment, project::engineKey(plan.engine), plan.image);
}

// Nodes in the order their first start step comes in the plan.
QStringList startOrder(const LaunchPlan& plan, const QString& group = {})
{
    QStringList order;
    for (const Step& s : plan.orderedStartSteps()) {
        if (s.phase != recipes::StepPhase::Start || order.contains(s.node))
            continue;
        if (group.isEmpty() || s.group == group)
            order << s.node;
    }
    for (const NodePlan& n : plan.nodes) {
        if (!order.contains(n.node) && group.isEmpty())
            order << n.node;
    }
    return order;
}

struct Bundle
{
    QList<ExportedFile> files;
    QList<ScriptEntry> starts;
    QList<ScriptEntry> stops;
    QStringList others;
};

void addStopScripts(Bundle& b, const LaunchPlan& plan)
{
    for (const Step& s : plan.orderedStopSteps()) {
        const QString file = ScriptWriter::stopName(s.node);
        bool seen = false;
        for (const ScriptEntry& e : std::as_const(b.stops))
            seen = seen || e.file == file;
        if (seen)
            continue;
        b.files << ExportedFile {file, ScriptWriter::stopScript(plan, *plan.nodePlan(s.node)), true};
        b.stops << ScriptEntry {s.node, file, Exporter::tr("stop this node's part")};
    }
}

void addShell(Bundle& b, const LaunchPlan& plan)
{
    for (const QString& node : startOrder(plan)) {
        const NodePlan* n = plan.nodePlan(node);
        const QString file = ScriptWriter::startName(node);
        b.files << ExportedFile {file, ScriptWriter::startScript(plan, *n), true};
        b.starts << ScriptEntry {node, file,
                                 n->head ? Exporter::tr("the head node's steps") : Exporter::tr("this node's steps")};
    }
}

// Scripts split by step group (ray-head / ray-worker / ray-serve, gpustack-server / gpustack-worker).
void addGrouped(Bundle& b, const LaunchPlan& plan)
{
    QList<QPair<QString, QString>> seen; // (group, node) in start order
    for (const Step& s : plan.orderedStartSteps()) {
        const QPair<QString, QString> key {s.group, s.node};
        if (!seen.contains(key))
            seen << key;
    }
    for (const auto& [group, node] : seen) {
        QList<Step> steps;
        for (const Step& s : plan.nodePlan(node)->start) {
            if (s.group == group)
                steps << s;
        }
        const QString file = QStringLiteral("%1-%2.sh").arg(group, ScriptWriter::fileSafe(node));
        const QString title = Exporter::tr("%1 for deployment \"%2\" on node %3").arg(group, plan.deployment, node);
        b.files << ExportedFile {file, ScriptWriter::script(plan, *plan.nodePlan(node), steps, title), true};
        b.starts << ScriptEntry {node, file, group};
    }
}

bool hasGroups(const LaunchPlan& plan, const QString& prefix)
{
    for (const NodePlan& n : plan.nodes) {
        for (const Step& s : n.start) {
            if (!s.group.startsWith(prefix))
                return false;
        }
    }
    return !plan.nodes.isEmpty();
}

Result<void> addCompose(Bundle& b, const LaunchPlan& plan, bool primary)
{
    bool any = false;
    for (const QString& node : startOrder(plan)) {
        const QList<recipes::ContainerSpec> containers = plan.containers(node);
        if (containers.isEmpty())
            continue;
        any = true;
        const QString file = QStringLiteral("compose/%1/docker-compose.yml").arg(ScriptWriter::fileSafe(node));
        QStringList header {Exporter::tr("NPU Fleet: containers of %1 on node %2").arg(headerWhat(plan), node),
                            Exporter::tr("Start on that node: docker-compose up -d (see RUNBOOK.md for the order)")};
        QStringList vars;
        for (const recipes::ContainerSpec& c : containers)
            vars << c.referencedVariables();
        vars.removeDuplicates();
        if (!vars.isEmpty())
            header << Exporter::tr("%1: from the environment of docker-compose, or from a .env file next to this "
                                   "file (NAME=value lines; chmod 600 .env, never commit it)")
                          .arg(vars.join(QStringLiteral(", ")));
        b.files << ExportedFile {file, ComposeWriter::composeFile(containers, header), false};
        if (primary)
            b.starts << ScriptEntry {node, QStringLiteral("docker-compose -f %1 up -d").arg(file),
                                     Exporter::tr("this node's containers")};
        else
            b.others << file;
    }
    if (!any)
        return exportError(
            plan,
            Exporter::tr("engine %1 runs no containers to put in a compose file").arg(project::engineKey(plan.engine)));
    return {};
}
// Creates `dir` (and the folders between `root` and it) as 700; `root` itself too when dir is empty.
bool ownerOnlyFolder(const QString& root, const QString& dir, QFile::Permissions mode)
{
    const QString target = dir.isEmpty() ? root : dir;
    QStringList chain;
    for (QString d = target; !QFileInfo::exists(d); d = QFileInfo(d).absolutePath()) {
        chain.prepend(d);
        if (QFileInfo(d).absolutePath() == d)
            break;
    }
    for (const QString& d : std::as_const(chain)) {
        if (!QDir().mkdir(d, mode) && !QFileInfo(d).isDir())
            return false;
    }
    if (!QFileInfo(target).isDir())
        return false;
    // Folders inside the export (and the export folder itself) are ours: 700 even when they existed.
    for (QString d = target; d.startsWith(root); d = QFileInfo(d).absolutePath()) {
        QFile::setPermissions(d, mode);
        if (d == root)
            break;
    }
    return true;
}

std::optional<recipes::KubeKind> kubeKindOf(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Lws:
        return recipes::KubeKind::LeaderWorkerSet;
    case ExportFormat::K8s:
        return recipes::KubeKind::Deployment;
    case ExportFormat::KubeRay:
        return recipes::KubeKind::RayCluster;
    default:
        return std::nullopt;
    }
}

// The engines that export to `format`, for the message when this one does not.
QString enginesFor(ExportFormat format)
{
    QStringList keys;
    for (project::Engine e : project::allEngines()) {
        if (project::traits(e).formats.contains(format))
            keys << project::engineKey(e);
    }
    return keys.join(QStringLiteral(", "));
}

ExportedFile kubeFile(const LaunchPlan& plan)
{
    const QStringList header {
        Exporter::tr("NPU Fleet: Kubernetes manifests of %1").arg(headerWhat(plan)),
        Exporter::tr("Apply: kubectl apply -f %1 (see RUNBOOK.md)").arg(KubeWriter::fileName(*plan.kube))};
    return {KubeWriter::fileName(*plan.kube), KubeWriter::manifests(*plan.kube, header), false};
}

// The last look before anything is written: no file carries a value of a secret's shape.
std::optional<Error> secretInFiles(const LaunchPlan& plan, const QList<ExportedFile>& files)
{
    for (const ExportedFile& f : files) {
        const QList<QByteArray> lines = f.content.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (const auto found = secrets::checkValue(QString::fromUtf8(lines.at(i)), f.name)) {
                Error e = exportError(plan, found->message);
                e.hint = found->hint;
                e.line = int(i + 1);
                return e;
            }
        }
    }
    return std::nullopt;
}
} // namespace

Result<QList<ExportedFile>> Exporter::render(const LaunchPlan& plan, ExportFormat format)
{
    // Kubernetes: the manifests and their own runbook; no scripts run on the nodes.
    if (const auto kind = kubeKindOf(format)) {
        if (!plan.kube || plan.kube->kind != *kind) {
            if (project::exportsTo(plan.engine, format) && !plan.kubeProblem.isEmpty())
                return exportError(plan, plan.kubeProblem);
            return exportError(
                plan,
                tr("%1 needs the engine %2, not %3")
                    .arg(project::formatKey(format), enginesFor(format), project::engineKey(plan.engine)));
        }
        const QList<ExportedFile> files {
            kubeFile(plan),
            {QStringLiteral("RUNBOOK.md"), KubeWriter::runbook(*plan.kube, plan.deployment, plan.notes), false}};
        if (auto secret = secretInFiles(plan, files))
            return *secret;
        return files;
    }
    Bundle b;
    const bool all = format == ExportFormat::All;
    const bool ray = plan.engine == project::Engine::VllmAscendRay;
    const bool gpustack = plan.engine == project::Engine::GpuStack;
    switch (format) {
    case ExportFormat::Shell:
    case ExportFormat::All:
        addShell(b, plan);
        break;
    case ExportFormat::Compose:
        if (auto ok = addCompose(b, plan, true); !ok)
            return ok.error();
        break;
    case ExportFormat::Stack:
        if (!plan.stack)
            return exportError(plan,
                               tr("a stack file needs the %1 engine, not %2")
                                   .arg(project::engineKey(project::Engine::Swarm), project::engineKey(plan.engine)));
        addShell(b, plan);
        break;
    case ExportFormat::Ray:
        if (!ray || !hasGroups(plan, QStringLiteral("ray-")))
            return exportError(
                plan,
                tr("Ray scripts need the %1 engine, not %2")
                    .arg(project::engineKey(project::Engine::VllmAscendRay), project::engineKey(plan.engine)));
        addGrouped(b, plan);
        break;
    case ExportFormat::Lws:
    case ExportFormat::K8s:
    case ExportFormat::KubeRay:
        break; // answered above
    case ExportFormat::GpuStack:
        if (!gpustack || !hasGroups(plan, QStringLiteral("gpustack-")))
            return exportError(
                plan,
                tr("GPUStack commands need the %1 engine, not %2")
                    .arg(project::engineKey(project::Engine::GpuStack), project::engineKey(plan.engine)));
        addGrouped(b, plan);
        break;
    }
    if (all) {
        for (const NodePlan& n : plan.nodes) {
            if (!plan.containers(n.node).isEmpty()) {
                (void)addCompose(b, plan, false);
                break;
            }
        }
        if ((ray && hasGroups(plan, QStringLiteral("ray-")))
            || (gpustack && hasGroups(plan, QStringLiteral("gpustack-")))) {
            Bundle grouped;
            addGrouped(grouped, plan);
            b.files << grouped.files;
            for (const ScriptEntry& e : std::as_const(grouped.starts))
                b.others << e.file;
        }
    }
    if (plan.stack && (all || format == ExportFormat::Stack || format == ExportFormat::Shell)) {
        const QStringList header {tr("NPU Fleet: Docker Swarm stack of %1").arg(headerWhat(plan)),
                                  tr("Deploy on the swarm manager: docker stack deploy -c %1 %2")
                                      .arg(plan.stack->fileName, plan.stack->stackName)};
        b.files << ExportedFile {plan.stack->fileName, ComposeWriter::stackFile(*plan.stack, header), false};
        b.others << plan.stack->fileName;
    }
    if (all && plan.kube) {
        b.files << kubeFile(plan);
        b.others << b.files.last().name;
    }
    for (const recipes::PlannedFile& f : plan.files) {
        b.files << ExportedFile {f.name, f.content, false};
        b.others << f.name;
    }
    addStopScripts(b, plan);
    b.files << ExportedFile {QStringLiteral("RUNBOOK.md"), RunbookWriter::runbook(plan, b.starts, b.stops, b.others),
                             false};
    if (auto secret = secretInFiles(plan, b.files))
        return *secret;
    return b.files;
}

Result<QStringList> Exporter::write(const QList<ExportedFile>& files, const QString& folder)
{
    // Exports name secrets (${VAR} checks, compose files beside a .env): only the owner reads them.
    constexpr QFile::Permissions kFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    constexpr QFile::Permissions kFile = QFile::ReadOwner | QFile::WriteOwner;
    QStringList written;
    const QDir root(folder);
    // Names come from node and deployment names: each must stay inside the folder.
    for (const ExportedFile& f : files) {
        const QString why = safe::relativePathProblem(f.name);
        const QString path = QDir::cleanPath(root.absoluteFilePath(f.name));
        if (!why.isEmpty() || !path.startsWith(QDir::cleanPath(root.absolutePath()) + QLatin1Char('/'))) {
            Error e;
            e.message = tr("refused to write \"%1\" outside %2: %3")
                            .arg(safe::escapedForMessage(f.name), root.absolutePath(), why);
            return e;
        }
    }
    const auto cannotCreate = [](const QString& dir) {
        Error e;
        e.message = tr("cannot create the folder %1").arg(dir);
        e.file = dir;
        return e;
    };
    if (!ownerOnlyFolder(root.absolutePath(), QString(), kFolder))
        return cannotCreate(root.absolutePath());
    for (const ExportedFile& f : files) {
        const QString path = root.absoluteFilePath(f.name);
        if (!ownerOnlyFolder(root.absolutePath(), QFileInfo(path).absolutePath(), kFolder))
            return cannotCreate(QFileInfo(path).absolutePath());
        const QFile::Permissions mode = f.executable ? kFolder : kFile;
        QSaveFile out(path);
        // The temporary file gets the mode before any byte is in it; the rename keeps it.
        if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(mode) || out.write(f.content) != f.content.size()
            || !out.commit() || !QFile::setPermissions(path, mode)) {
            Error e;
            e.message = tr("cannot write %1: %2").arg(path, out.errorString());
            e.file = path;
            return e;
        }
        written << path;
    }
    return written;
}

Result<QStringList> exportDeployment(const project::ProjectData& project,
                                     const QString& deploymentName,
                                     ExportFormat format,
                                     const QString& outDir,
                                     const recipes::RecipeOptions& options)
{
    auto plan = recipes::makeLaunchPlan(project, deploymentName, options);
    if (!plan)
        return plan.error();
    auto files = Exporter::render(*plan, format);
    if (!files)
        return files.error();
    return Exporter::write(*files, QDir(outDir).absoluteFilePath(ScriptWriter::fileSafe(deploymentName)));
}

} // namespace npufleet::exporting
