// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "core/util/InputLimits.h"
#include "core/util/Result.h"

namespace npufleet::project {

struct YamlLimits
{
    qint64 bytes = limits::kProjectFileBytes;
    qint64 nodes = limits::kYamlNodeBudget; // counting every expansion of an alias
    int depth = limits::kYamlDepth;
};

// Reads the YAML text as a stream of events before yaml-cpp builds nodes from it, and refuses what
// would crash or exhaust the program later, with file:line:column: text that is not UTF-8 (it would
// be altered on save), an alias inside the node it names (a cycle: walking it never ends), aliases
// that expand past the node budget ("billion laughs"), nesting past the depth limit, and a key given
// twice in one mapping (yaml-cpp keeps one of them silently).
Result<void> checkYamlInput(const QByteArray& yaml, const QString& fileName, const YamlLimits& limits = {});

} // namespace npufleet::project
