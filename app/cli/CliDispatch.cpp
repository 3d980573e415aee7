// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <array>
#include <utility>

#include "app/cli/CliVerbs.h"

namespace npufleet::cli {

namespace {
using Runner = int (*)(const QStringList&);
constexpr std::array<std::pair<const char*, Runner>, 12> kVerbs {{
    {"plan", &runPlan},
    {"inventory", &runInventory},
    {"exec", &runExec},
    {"export", &runExport},
    {"preflight", &runPreflight},
    {"diagnose", &runDiagnose},
    {"chat", &runChat},
    {"bench", &runBench},
    {"monitor", &runMonitor},
    {"project", &runProject},
    {"node", &runNode},
    {"deployment", &runDeployment},
}};
} // namespace

bool isVerb(const QString& word)
{
    for (const auto& [name, runner] : kVerbs) {
        if (word == QLatin1String(name))
            return true;
    }
    return false;
}

int dispatch(const QStringList& args)
{
    const QString verb = args.value(1);
    for (const auto& [name, runner] : kVerbs) {
        if (verb == QLatin1String(name))
            return runner(args);
    }
    return -1;
}

} // namespace npufleet::cli
