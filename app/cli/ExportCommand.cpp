// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QDir>

#include "core/exporting/Exporter.h"
#include "core/exporting/ScriptWriter.h"
#include "core/project/DemoProjects.h"
#include "core/project/ExportFormat.h"
#include "core/recipes/ModelRecipeOptions.h"
#include "core/recipes/Recipes.h"
#include "core/storage/NfsExport.h"

#include "app/cli/CliIo.h"
#include "app/cli/CliVerbs.h"

namespace npufleet::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::cli::ExportCommand)
};

const QString kVerb = QStringLiteral("export");

enum class Outcome { Written, Invalid, Skipped, WriteFailed };

// Plans, renders and writes one deployment into OUTDIR/<deployment>/, printing the files relative
// to OUTDIR. A format that does not fit the engine is skipped (not an error) when the user did not
// name the deployment: `--format ray` on a mixed project exports the Ray deployments only.
Outcome exportOne(const project::ProjectData& project,
                  const QString& name,
                  project::ExportFormat format,
                  const QDir& outDir,
                  bool named,
                  const recipes::RecipeOptions& kube)
{
    recipes::RecipeOptions options = recipes::recipeOptionsFromModel(project, name);
    options.npuResource = kube.npuResource;
    options.modelClaim = kube.modelClaim;
    const Result<recipes::LaunchPlan> plan = recipes::makeLaunchPlan(project, name, options);
    if (!plan) {
        err() << QStringLiteral("npufleet %1: ").arg(kVerb) << plan.error().toString() << Qt::endl;
        return Outcome::Invalid;
    }
    const Result<QList<exporting::ExportedFile>> files = exporting::Exporter::render(*plan, format);
    if (!files) {
        if (named) {
            err() << QStringLiteral("npufleet %1: ").arg(kVerb) << files.error().toString() << Qt::endl;
            return Outcome::Invalid;
        }
        err() << QStringLiteral("npufleet %1: ").arg(kVerb) << Text::tr("skipped: %1").arg(files.error().toString())
              << Qt::endl;
        return Outcome::Skipped;
    }
    const QString folder = outDir.absoluteFilePath(exporting::ScriptWriter::fileSafe(name));
    const Result<QStringList> written = exporting::Exporter::write(*files, folder);
    if (!written) {
        err() << QStringLiteral("npufleet %1: ").arg(kVerb) << written.error().toString() << Qt::endl;
        return Outcome::WriteFailed;
    }
    for (const QString& path : *written)
        out() << outDir.relativeFilePath(path) << '\n';
    out().flush();
    return Outcome::Written;
}

} // namespace

int runExport(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption projectOption(
        QStringLiteral("project"), Text::tr("Project file, or demo:NAME for a bundled demo."), Text::tr("P.yaml"));
    const QCommandLineOption deploymentOption(QStringLiteral("deployment"),
                                              Text::tr("Export this deployment only (default: all of them)."),
                                              Text::tr("NAME"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), Text::tr("What to write: sh|compose|stack|ray|gpustack|lws|k8s|kuberay|nfs|all."),
        Text::tr("FORMAT"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       Text::tr("Output folder (created if missing); each deployment gets a "
                                                "sub-folder named after it."),
                                       Text::tr("DIR"));
    const QCommandLineOption npuResourceOption(
        QStringLiteral("npu-resource"),
        Text::tr("Kubernetes: the NPU resource the device plugin offers (default huawei.com/Ascend910)."),
        Text::tr("NAME"));
    const QCommandLineOption modelClaimOption(
        QStringLiteral("model-claim"),
        Text::tr("Kubernetes: a PersistentVolumeClaim that holds the model (default: the project's NFS share, "
                 "else a hostPath)."),
        Text::tr("CLAIM"));
    parser.addOptions({projectOption, deploymentOption, formatOption, outOption, npuResourceOption, modelClaimOption});
    const QString description = Text::tr("Write launch scripts, compose files and a runbook for deployments.");
    if (const int code = parseArguments(parser, kVerb, description, args); code >= 0)
        return code;

    if (!parser.positionalArguments().isEmpty())
        return usageError(kVerb, Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    for (const QCommandLineOption* required : {&projectOption, &formatOption, &outOption}) {
        if (!parser.isSet(*required))
            return usageError(kVerb, Text::tr("--%1 is required").arg(required->names().constFirst()));
    }
    const QString formatName = parser.value(formatOption);
    const bool nfsOnly = formatName == QLatin1String("nfs");
    const std::optional<project::ExportFormat> format = project::formatFromKey(formatName);
    if (!format && !nfsOnly)
        return usageError(
            kVerb,
            Text::tr("unknown format '%1' (use sh, compose, stack, ray, gpustack, lws, k8s, kuberay, nfs or all)")
                .arg(formatName));
    recipes::RecipeOptions kube;
    if (parser.isSet(npuResourceOption))
        kube.npuResource = parser.value(npuResourceOption);
    kube.modelClaim = parser.value(modelClaimOption);
    if (const QString why = recipes::kubeOptionsProblem(kube); !why.isEmpty())
        return usageError(kVerb, why);

    QStringList warnings;
    const Result<project::ProjectData> project = project::openProjectSpec(parser.value(projectOption), &warnings);
    if (!project)
        return inputError(project.error().toString());
    for (const QString& warning : std::as_const(warnings))
        err() << QStringLiteral("npufleet %1: ").arg(kVerb) << Text::tr("warning: %1").arg(warning) << Qt::endl;

    const QString outPath = parser.value(outOption);
    if (!QDir().mkpath(outPath))
        return inputError(Text::tr("%1: cannot create the output folder").arg(outPath));
    const QDir outDir(QDir(outPath).absolutePath());

    // The shared storage belongs to the project, not to a deployment: 'nfs' writes it alone, 'all' adds it.
    if (nfsOnly || (formatName == QLatin1String("all") && project->storage.isConfigured())) {
        const auto scripts = storage::exportNfsScripts(*project, outDir.absolutePath());
        if (!scripts) {
            err() << QStringLiteral("npufleet %1: ").arg(kVerb) << scripts.error().toString() << Qt::endl;
            return nfsOnly ? 1 : 2;
        }
        for (const QString& path : *scripts)
            out() << outDir.relativeFilePath(path) << '\n';
        out().flush();
        if (nfsOnly)
            return 0;
    }

    QStringList names;
    const bool named = parser.isSet(deploymentOption);
    if (named) {
        const QString name = parser.value(deploymentOption);
        if (project->deploymentIndex(name) < 0) {
            QStringList known;
            for (const project::Deployment& d : project->deployments)
                known << d.name;
            return usageError(kVerb,
                              Text::tr("the project has no deployment named \"%1\" (it has: %2)")
                                  .arg(name, known.isEmpty() ? Text::tr("none") : known.join(QStringLiteral(", "))));
        }
        names << name;
    } else {
        for (const project::Deployment& d : project->deployments)
            names << d.name;
    }
    if (names.isEmpty()) {
        err() << QStringLiteral("npufleet %1: ").arg(kVerb) << Text::tr("the project has no deployments to export")
              << Qt::endl;
        return 1;
    }

    int written = 0;
    bool failed = false;
    for (const QString& name : std::as_const(names)) {
        switch (exportOne(*project, name, *format, outDir, named, kube)) {
        case Outcome::Written:
            ++written;
            break;
        case Outcome::Invalid:
            failed = true;
            break;
        case Outcome::Skipped:
            break;
        case Outcome::WriteFailed:
            return 2;
        }
    }
    if (!failed && written == 0) {
        err() << QStringLiteral("npufleet %1: ").arg(kVerb)
              << Text::tr("no deployment of the project can be exported as %1").arg(formatName) << Qt::endl;
        return 1;
    }
    return failed ? 1 : 0;
}

} // namespace npufleet::cli
