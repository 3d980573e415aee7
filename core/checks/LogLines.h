// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace npufleet::checks {

// One line of a log, trimmed, with its 1-based number.
struct LogLine
{
    int number = 0;
    QString text;
};

// The log's lines (LF, CRLF), empty ones included so that numbers stay right.
QList<LogLine> splitLog(QByteArrayView log);

// The evidence to quote for a match at `at` in `line`: the line itself, or, when it is long or holds several
// lines escaped as "\n" (a traceback inside a JSON string), the part around the match.
QString evidenceAt(const QString& line, qsizetype at);

// What was printed right after the evidence (reason, solution, traceback): up to `count` lines, each cut short;
// the escaped lines that follow the match in the same line come first.
QStringList contextAfter(const QList<LogLine>& lines, int index, qsizetype at, int count = 3);

} // namespace npufleet::checks
