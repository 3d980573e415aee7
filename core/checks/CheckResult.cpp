// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/CheckResult.h"

namespace npufleet::checks {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Pass:
        return QStringLiteral("pass");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

Severity worstSeverity(const QList<CheckResult>& results)
{
    Severity worst = Severity::Pass;
    for (const CheckResult& r : results)
        worst = std::max(worst, r.severity);
    return worst;
}

} // namespace npufleet::checks
