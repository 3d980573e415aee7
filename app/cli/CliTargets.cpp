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

} // namespace npufleet::cli
