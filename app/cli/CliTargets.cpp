// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliTargets.h"

#include "app/cli/CliIo.h"

namespace npufleet::cli {

std::optional<remote::RemoteTargets> resolveTargets(const remote::RemoteTargetSpec& spec)
{
    QStringList warnings;
    auto targets = remote::resolveRemoteTargets(spec, &warnings);
    for (const QString& warning : warnings)
        err() << CliText::tr("warning: ") << warning << Qt::endl;
    if (!targets) {
        inputError(targets.error().toString());
        return std::nullopt;
    }
    return std::move(*targets);
}

QCommandLineOption maxHandshakesOption()
{
    return QCommandLineOption(QStringLiteral("max-handshakes"),
                              CliText::tr("SSH handshakes in flight at once (default: %1 on this machine).")
                                  .arg(remote::SshTransport::defaultMaxHandshakes()),
                              CliText::tr("N"));
}

bool readMaxHandshakes(const QCommandLineParser& parser, const QString& verb, remote::SshTransportOptions* options)
{
    const QString value = parser.value(QStringLiteral("max-handshakes"));
    if (value.isEmpty())
        return true;
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < 1 || n > 1024) {
        usageError(verb, CliText::tr("--max-handshakes takes a number from 1 to 1024"));
        return false;
    }
    options->maxHandshakes = n;
    return true;
}

} // namespace npufleet::cli
