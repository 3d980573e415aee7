// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/checks/CheckResult.h"

namespace npufleet::checks {

// The names of the checks, in the order the grid and the reports show them.
class CheckCatalog
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::checks::CheckCatalog)

public:
    static const QStringList& ids();
    static QString title(const QString& id);

    static CheckResult make(const QString& id,
                            const QString& node,
                            Severity severity,
                            const QString& summary,
                            const QString& evidence = {},
                            const QString& fix = {});
};

} // namespace npufleet::checks
