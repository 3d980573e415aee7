// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/SshSudo.h"

#include "core/util/ShellQuote.h"

namespace npufleet::remote {

ExecRequest withSudo(const ExecRequest& request, const QString& user, const QByteArray& password)
{
    if (user == QLatin1String("root"))
        return request;
    ExecRequest wrapped = request;
    wrapped.command = QStringLiteral("sudo -S -p '' sh -c ") + shell::quote(request.command);
    // sudo reads one line; what follows is the command's own input.
    wrapped.standardInput = password + '\n' + request.standardInput;
    return wrapped;
}

} // namespace npufleet::remote
