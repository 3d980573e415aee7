// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace npufleet::safe {

// Characters that end or rewrite a line wherever a value lands: C0 and C1 controls (newline, carriage return,
// NUL, escape, …), DEL, the Unicode line and paragraph separators, and the bidirectional overrides and
// isolates that make text read otherwise than it runs.
bool isControl(QChar c);
bool hasControl(const QString& value);

// The value as an error message shows it: printable text as it is, every control character as an escape
// (\n, \t, \r, \0, \xNN, \u{NNNN}), so that a refused value can neither hide nor break the message.
QString escapedForMessage(const QString& value);

} // namespace npufleet::safe
