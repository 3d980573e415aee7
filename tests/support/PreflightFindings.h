// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "core/checks/PreflightReport.h"

namespace npufleet::test {

// "id@node:severity" for every result that did not pass, sorted: what a broken-fixture row expects.
inline QStringList failures(const checks::PreflightReport& report)
{
    QStringList out;
    for (const checks::CheckResult& r : report.results) {
        if (r.severity != checks::Severity::Pass)
            out << QStringLiteral("%1@%2:%3").arg(r.id, r.node, checks::severityKey(r.severity));
    }
    out.sort();
    return out;
}

} // namespace npufleet::test
