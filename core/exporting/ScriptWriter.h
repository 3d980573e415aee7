// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/recipes/LaunchPlan.h"

namespace npufleet::exporting {

// Bash scripts from launch-plan steps: `#!/usr/bin/env bash`, `set -euo pipefail`, a header saying
// what and for which node, each step announced with its purpose. Secrets are only `${VAR}` checks.
class ScriptWriter
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::exporting::ScriptWriter)

public:
    // `title` is the header's first line ("start deployment X on node Y").
    static QByteArray script(const recipes::LaunchPlan& plan,
                             const recipes::NodePlan& node,
                             const QList<recipes::Step>& steps,
                             const QString& title);
    static QByteArray startScript(const recipes::LaunchPlan& plan, const recipes::NodePlan& node);
    static QByteArray stopScript(const recipes::LaunchPlan& plan, const recipes::NodePlan& node);
    static QString startName(const QString& node) { return QStringLiteral("start-%1.sh").arg(fileSafe(node)); }
    static QString stopName(const QString& node) { return QStringLiteral("stop-%1.sh").arg(fileSafe(node)); }
    static QString fileSafe(const QString& name);
};

} // namespace npufleet::exporting
