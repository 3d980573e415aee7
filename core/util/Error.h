// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace npufleet {

// What went wrong and where: every user-facing failure carries enough to point at the cause.
struct Error
{
    QString message;
    QString file;   // source file of the bad input, if any
    int line = 0;   // 1-based; 0 = unknown
    int column = 0; // 1-based; 0 = unknown
    QString node;   // cluster node the failure happened on, if any
    QString hint;   // what the user can do about it

    // "file:line:column: message (node: x) — hint", leaving out what is unknown.
    QString toString() const;
};

} // namespace npufleet
