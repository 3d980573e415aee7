// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/recipes/LaunchPlan.h"

namespace npufleet::exporting {

// One script of an export, as the runbook lists it.
struct ScriptEntry
{
    QString node;
    QString file;
    QString what;
};

// RUNBOOK.md: what runs where, in which order, and how to check each step.
class RunbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::exporting::RunbookWriter)

public:
    static QByteArray runbook(const recipes::LaunchPlan& plan,
                              const QList<ScriptEntry>& startScripts,
                              const QList<ScriptEntry>& stopScripts,
                              const QStringList& otherFiles);
};

} // namespace npufleet::exporting
