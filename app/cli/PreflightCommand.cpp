// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QEventLoop>

#include "core/checks/PreflightPlan.h"
#include "core/checks/PreflightReport.h"
#include "core/checks/PreflightRunner.h"
#include "core/project/DemoProjects.h"
#include "core/remote/TransportFactory.h"
#include "core/sim/SimulatedTransport.h"

#include "app/cli/CliIo.h"
#include "app/cli/CliTargets.h"
#include "app/cli/CliVerbs.h"

namespace npufleet::cli {

namespace {

const QString kVerb = QStringLiteral("preflight");

} // namespace

int runPreflight(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption projectOption(QStringLiteral("project"),
                                           CliText::tr("The project: a YAML file, or demo:NAME for a bundled demo."),
                                           CliText::tr("P.yaml"));
    const QCommandLineOption deploymentOption(QStringLiteral("deployment"),
                                              CliText::tr("The deployment to check (default: the first)."),
                                              CliText::tr("NAME"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          CliText::tr("Output format: table (default) or json."), CliText::tr("FORMAT"),
                                          QStringLiteral("table"));
    parser.addOptions({projectOption, deploymentOption, formatOption, rawOption(), maxHandshakesOption()});
    if (const int code
        = parseArguments(parser, kVerb, CliText::tr("Check every node of a deployment before launching it."), args);
        code >= 0)
        return code;
    setRawOutput(parser.isSet(QStringLiteral("raw")));

    if (const int code = checkTableOrJson(parser, formatOption, kVerb); code >= 0)
        return code;
    const QString format = parser.value(formatOption);
    if (!parser.isSet(projectOption))
        return usageError(kVerb, CliText::tr("give --project P.yaml or --project demo:NAME"));

    QStringList warnings;
    remote::SshTransportOptions ssh;
    if (!readMaxHandshakes(parser, kVerb, &ssh))
        return 2;
    auto project = project::openProjectSpec(parser.value(projectOption), &warnings);
    if (!project)
        return inputError(project.error().toString());
    for (const QString& w : std::as_const(warnings))
        err() << CliText::tr("warning: ") << w << Qt::endl;
    auto plan = checks::makePreflightPlan(*project, parser.value(deploymentOption));
    if (!plan)
        return inputError(plan.error().toString());

    // Demo projects run on the simulator and never open a socket.
    std::shared_ptr<remote::Transport> transport = project->demo
        ? std::make_shared<sim::SimulatedTransport>(project::demoSimulationFolder())
        : remote::transportFor(*project, {}, ssh.maxHandshakes);
    if (!transport) {
        err() << CliText::tr("npufleet preflight: this build cannot reach real nodes yet (no SSH transport); "
                             "try a demo project: --project demo:deepseek-2node")
              << Qt::endl;
        return 2;
    }

    checks::PreflightRunner runner(transport);
    QEventLoop loop; // the CLI has no GUI thread to keep responsive: waiting here is fine
    QObject::connect(&runner, &checks::PreflightRunner::finished, &loop, &QEventLoop::quit);
    if (!runner.start(*plan))
        return inputError(CliText::tr("the deployment has no nodes to check"));
    loop.exec();

    const checks::PreflightReport& report = runner.report();
    if (format == QLatin1String("json"))
        out() << shown(checks::renderPreflightJson(report));
    else
        out() << shown(checks::renderPreflightText(report));
    out().flush();
    return report.worst() == checks::Severity::Error ? 1 : 0;
}

} // namespace npufleet::cli
