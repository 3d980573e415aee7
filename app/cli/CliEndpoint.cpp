// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliEndpoint.h"

#include "core/project/DemoProjects.h"

#include "app/cli/CliIo.h"

namespace npufleet::cli {

EndpointOptions addEndpointOptions(QCommandLineParser& parser)
{
    EndpointOptions o {
        QCommandLineOption(QStringLiteral("project"),
                           CliText::tr("Reach a deployment of this project (a YAML file, or demo:NAME: the "
                                       "simulator, no network) instead of --base-url."),
                           CliText::tr("P.yaml")),
        QCommandLineOption(QStringLiteral("deployment"),
                           CliText::tr("The deployment of --project to reach (default: the first)."),
                           CliText::tr("NAME")),
    };
    parser.addOption(o.project);
    parser.addOption(o.deployment);
    return o;
}

std::optional<serving::DeploymentEndpoint>
resolveEndpoint(const QCommandLineParser& parser, const EndpointOptions& options, const QString& verb, int* exitCode)
{
    *exitCode = -1;
    if (!parser.isSet(options.project)) {
        if (parser.isSet(options.deployment))
            *exitCode = usageError(verb, CliText::tr("--deployment needs --project"));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("base-url"))) {
        *exitCode = usageError(verb, CliText::tr("give --base-url or --project, not both"));
        return std::nullopt;
    }
    QStringList warnings;
    const auto project = project::openProjectSpec(parser.value(options.project), &warnings);
    if (!project) {
        *exitCode = inputError(project.error().toString());
        return std::nullopt;
    }
    for (const QString& w : std::as_const(warnings))
        err() << CliText::tr("warning: ") << w << Qt::endl;
    const QList<serving::DeploymentEndpoint> endpoints = serving::deploymentEndpoints(*project);
    const QString wanted = parser.value(options.deployment);
    QStringList names;
    for (const serving::DeploymentEndpoint& e : endpoints) {
        if (wanted.isEmpty() || e.deployment == wanted)
            return e;
        names << e.deployment;
    }
    if (names.isEmpty())
        *exitCode = inputError(CliText::tr("%1: no deployment of this project is placed on a node with an address")
                                   .arg(parser.value(options.project)));
    else
        *exitCode = inputError(CliText::tr("%1: no deployment named '%2' (deployments: %3)")
                                   .arg(parser.value(options.project), wanted, names.join(QStringLiteral(", "))));
    return std::nullopt;
}

} // namespace npufleet::cli
