// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <yaml-cpp/mark.h>

#include "core/util/Error.h"

namespace npufleet::project {

// An error at a place in a YAML file: line and column are 1-based, absent when yaml-cpp has no mark.
inline Error yamlError(const QString& file, const YAML::Mark& mark, const QString& message, const QString& hint = {})
{
    Error e;
    e.file = file;
    e.message = message;
    e.hint = hint;
    if (!mark.is_null()) {
        e.line = mark.line + 1;
        e.column = mark.column + 1;
    }
    return e;
}

} // namespace npufleet::project
