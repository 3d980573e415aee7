// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Error.h"

namespace npufleet::bench {

// An Error pointing at a place in an input file (file, line, column may be left out).
inline Error inputError(const QString& message, const QString& file = {}, int line = 0, int column = 0)
{
    Error e;
    e.message = message;
    e.file = file;
    e.line = line;
    e.column = column;
    return e;
}

} // namespace npufleet::bench
