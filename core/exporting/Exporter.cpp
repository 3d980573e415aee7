// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exporting/Exporter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include "core/exporting/ComposeWriter.h"
#include "core/exporting/RunbookWriter.h"
#include "core/exporting/ScriptWriter.h"
#include "core/recipes/Recipes.h"
#include "core/util/ControlChars.h"
#include "core/util/SafePath.h"

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
        const QStringList header {
            Exporter::tr("NPU Fleet: containers of %1 on node %2").arg(headerWhat(plan), node),
            Exporter::tr("Start on that node: docker-compose up -d (see RUNBOOK.md for the order)")};
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
} // namespace

Result<QList<ExportedFile>> Exporter::render(const LaunchPlan& plan, ExportFormat format)
{
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
    for (const recipes::PlannedFile& f : plan.files) {
        b.files << ExportedFile {f.name, f.content, false};
        b.others << f.name;
    }
    addStopScripts(b, plan);
    b.files << ExportedFile {QStringLiteral("RUNBOOK.md"), RunbookWriter::runbook(plan, b.starts, b.stops, b.others),
                             false};
    return b.files;
}

Result<QStringList> Exporter::write(const QList<ExportedFile>& files, const QString& folder)
{
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
    for (const ExportedFile& f : files) {
        const QString path = root.absoluteFilePath(f.name);
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            Error e;
            e.message = tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath());
            e.file = path;
            return e;
        }
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.content) != f.content.size() || !out.commit()) {
            Error e;
            e.message = tr("cannot write %1: %2").arg(path, out.errorString());
            e.file = path;
            return e;
        }
        if (f.executable)
            QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
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
