// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>

#include "core/remote/FanOut.h"
#include "core/remote/SshTargets.h"
#include "core/remote/UserCommands.h"

#include "app/cli/CliIo.h"
#include "app/cli/CliTargets.h"
#include "app/cli/CliVerbs.h"

namespace npufleet::cli {

namespace {

const QString kVerb = QStringLiteral("exec");

// Why a node did not run the command, and what to do about it.
QString failureText(const remote::FanOutResult& done)
{
    const remote::ExecResult& r = done.result;
    switch (r.status) {
    case remote::ExecStatus::Ok:
        return r.exitStatus < 0 ? r.message : QString();
    case remote::ExecStatus::HostKeyUnknown:
        return CliText::tr("%1; check the fingerprint with the server's owner, then rerun with --accept-new-host-keys")
            .arg(r.message);
    default:
        return r.message;
    }
}

} // namespace

int runExec(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption projectOption(QStringLiteral("project"), CliText::tr("Run on the nodes of this project."),
                                           CliText::tr("P.yaml"));
    const QCommandLineOption nodesOption(QStringLiteral("nodes"),
                                         CliText::tr("Only these nodes of the project: a,b,..."), CliText::tr("LIST"));
    const QCommandLineOption hostsOption(
        QStringLiteral("hosts"), CliText::tr("Run on these hosts: [user@]host[:port],..."), CliText::tr("LIST"));
    const QCommandLineOption identityOption(QStringLiteral("identity"), CliText::tr("SSH private key to log in with."),
                                            CliText::tr("FILE"));
    const QCommandLineOption knownHostsOption(
        QStringLiteral("known-hosts"), CliText::tr("Known-hosts file to check keys against."), CliText::tr("FILE"));
    const QCommandLineOption acceptOption(QStringLiteral("accept-new-host-keys"),
                                          CliText::tr("Trust host keys seen for the first time (never changed ones)."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           CliText::tr("Stop the command after this many seconds."),
                                           CliText::tr("SECONDS"), QStringLiteral("3600"));
    parser.addOptions({projectOption, nodesOption, hostsOption, identityOption, knownHostsOption, acceptOption,
                       timeoutOption, rawOption(), maxHandshakesOption()});
    parser.addPositionalArgument(QStringLiteral("command"), CliText::tr("The command to run, after --."),
                                 CliText::tr("-- COMMAND"));
    if (const int code = parseArguments(parser, kVerb, CliText::tr("Run one command on many nodes at once."), args);
        code >= 0)
        return code;
    setRawOutput(parser.isSet(QStringLiteral("raw")));

    if (parser.isSet(projectOption) == parser.isSet(hostsOption))
        return usageError(kVerb, CliText::tr("give either --project P.yaml or --hosts LIST"));
    if (parser.isSet(nodesOption) && !parser.isSet(projectOption))
        return usageError(kVerb, CliText::tr("--nodes selects nodes of a --project"));
    const QString command = parser.positionalArguments().join(QLatin1Char(' '));
    if (command.trimmed().isEmpty())
        return usageError(kVerb, CliText::tr("no command given (put it after --)"));
    bool ok = false;
    const int timeout = parser.value(timeoutOption).toInt(&ok);
    if (!ok || timeout <= 0)
        return usageError(kVerb, CliText::tr("--timeout takes a positive number of seconds"));

    remote::RemoteTargetSpec spec;
    spec.project = parser.value(projectOption);
    spec.hosts = parser.value(hostsOption);
    spec.nodeNames = parser.value(nodesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    spec.ssh.identityFile = parser.value(identityOption);
    spec.ssh.knownHostsFile = parser.value(knownHostsOption);
    spec.ssh.acceptNewHostKeys = parser.isSet(acceptOption);
    if (!readMaxHandshakes(parser, kVerb, &spec.ssh))
        return 2;
    const auto targets = resolveTargets(spec);
    if (!targets)
        return 2;

    std::atomic_bool cancel {false};
    int worst = 0;
    remote::FanOut::run(
        *targets->transport, targets->nodes, {command, timeout * 1000, {}, true, remote::intentOfUserCommand(command)},
        cancel, 0,
        [](const QString& node, remote::Stream stream, const QByteArray& line) {
            QTextStream& to = stream == remote::Stream::Stdout ? out() : err();
            to << node << QStringLiteral(": ") << shown(line) << Qt::endl;
        },
        [&worst](const remote::FanOutResult& done) {
            worst = qMax(worst, remote::execExitCode(done.result));
            const QString why = failureText(done);
            if (!why.isEmpty())
                err() << done.node << QStringLiteral(": ") << shown(why) << Qt::endl;
        });
    return worst;
}

} // namespace npufleet::cli
