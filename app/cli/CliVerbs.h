// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// One function per CLI verb. Each takes the whole argument list (program name first, verb second)
// and returns the process exit code: 0 success, 1 the checked thing failed, 2 bad usage or input.
namespace npufleet::cli {

int runPlan(const QStringList& args);
int runInventory(const QStringList& args);
int runExec(const QStringList& args);
int runExport(const QStringList& args);
int runPreflight(const QStringList& args);
int runDiagnose(const QStringList& args);
int runChat(const QStringList& args);
int runBench(const QStringList& args);
int runMonitor(const QStringList& args);
int runProject(const QStringList& args);
int runNode(const QStringList& args);
int runDeployment(const QStringList& args);

// Runs the verb named by args[1]; returns -1 when args[1] is not a verb (then the GUI starts).
int dispatch(const QStringList& args);
bool isVerb(const QString& word);

} // namespace npufleet::cli
