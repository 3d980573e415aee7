// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextStream>
#include <optional>

#include "core/project/ProjectData.h"

namespace npufleet::test {

// The benchmarks' positional arguments ("bench_x NODES RUNS"): argv[index] bounded to 1..4096, or fallback.
int benchArgument(int argc, char** argv, int index, int fallback);

// The simulated fleet of `nodes` nodes (demo:fleet-N); on failure the error is printed to out.
std::optional<project::ProjectData> benchFleet(int nodes, QTextStream& out);

} // namespace npufleet::test
