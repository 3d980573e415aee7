// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace npufleet::checks {

// One failure found in a log: what it is, what to do, and the line that showed it. Either a known failure
// (a signature's id) or, for an error code no signature explains, the family of that code ("cann-hccl", ...).
struct Finding
{
    QString id;
    QString title;
    QString explanation;
    QString fix;
    int line = 0; // 1-based line of the evidence
    QString evidence; // that line, trimmed (the part around the match when the line is long)
    QString code; // the error code of that failure when the log printed one: "EI0006", "ERR02200", "507035"
    QStringList context; // the lines printed right after the evidence (reason, solution, traceback)
};

} // namespace npufleet::checks
