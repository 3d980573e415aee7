// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliIo.h"
#include "app/cli/CliVerbs.h"

#include <QCoreApplication>

namespace npufleet::cli {

int runInventory(const QStringList& args)
{
    Q_UNUSED(args);
    return usageError(QStringLiteral("inventory"),
                      QCoreApplication::translate("npufleet::cli", "this command is not available in this build yet"));
}

} // namespace npufleet::cli
