// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ProjectEditing.h"

#include <QRegularExpression>

#include "core/deployment/Rules.h"
#include "core/project/ProjectFile.h"
#include "core/recipes/ModelRecipeOptions.h"

#include "app/cli/CliIo.h"

namespace npufleet::cli::editing {

std::optional<project::ProjectData> openForEditing(const QString& verb, const QString& path)
{
    if (path.isEmpty()) {
        usageError(verb, CliText::tr("--project FILE is required"));
        return std::nullopt;
    }
    if (path.startsWith(QLatin1String("demo:"))) {
        usageError(verb,
                   CliText::tr("demo projects are read-only: export a copy with the GUI's Save As and edit that"));
        return std::nullopt;
    }
    QStringList warnings;
    Result<project::ProjectData> data = project::loadProject(path, &warnings);
    if (!data) {
        inputError(data.error().toString());
        return std::nullopt;
    }
    for (const QString& w : std::as_const(warnings))
        err() << QStringLiteral("npufleet %1: ").arg(verb) << CliText::tr("warning: %1").arg(w) << Qt::endl;
    return std::move(*data);
}

bool save(const QString& verb, const project::ProjectData& data, const QString& path)
{
    const Result<void> saved = project::saveProject(data, path);
    if (!saved) {
        err() << QStringLiteral("npufleet %1: ").arg(verb) << saved.error().toString() << Qt::endl;
        return false;
    }
    return true;
}

bool rulesHold(const QString& verb, const project::ProjectData& data, const project::Deployment& deployment)
{
    // The model's attention heads, when its config is known (a folder here or the catalog): TP must divide them.
    project::ProjectData with = data;
    const int i = with.deploymentIndex(deployment.name);
    if (i >= 0)
        with.deployments[i] = deployment;
    else
        with.deployments << deployment;
    const int heads = recipes::recipeOptionsFromModel(with, deployment.name).attentionHeads;
    const QList<deployment::RuleViolation> broken = deployment::checkDeployment(data, deployment, heads);
    for (const deployment::RuleViolation& v : broken) {
        err() << QStringLiteral("npufleet %1: %2 (%3): ").arg(verb, v.rule, v.field);
        if (v.severity == deployment::Severity::Warning)
            err() << CliText::tr("warning: %1").arg(v.message);
        else
            err() << v.message;
        if (!v.hint.isEmpty())
            err() << QStringLiteral(" — ") << v.hint;
        err() << Qt::endl;
    }
    return deployment::errorsOf(broken).isEmpty();
}

bool readInt(const QString& verb, const QString& option, const QString& text, int min, int max, int* value)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max) {
        usageError(
            verb,
            CliText::tr("--%1 takes a whole number from %2 to %3, not '%4'").arg(option).arg(min).arg(max).arg(text));
        return false;
    }
    *value = v;
    return true;
}

bool validName(const QString& verb, const QString& what, const QString& name)
{
    static const QRegularExpression simple(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    if (simple.match(name).hasMatch())
        return true;
    usageError(verb,
               CliText::tr("%1 name '%2' must be 1-63 letters, digits, '.', '_' or '-', starting with a letter "
                           "or digit")
                   .arg(what, name));
    return false;
}

} // namespace npufleet::cli::editing
