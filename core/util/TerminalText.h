// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace npufleet::util {

// Text that came from elsewhere (a server's reply, a node's output, a log file) made safe to print
// on a terminal: escape sequences cannot move the cursor, rewrite lines, set the title, paste into
// the clipboard or hide text, and bidirectional overrides cannot reorder what the reader sees.
// Kept: line feeds and tabs, and every printable character. Written as visible escapes: ESC as \e,
// CR as \r (except in CRLF, which becomes LF), backspace as \b, other C0 controls as \xHH; DEL,
// C1 controls (U+0080–U+009F), the bidi embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069) and U+FEFF as \u202e — which, in JSON output (whose writer already escapes C0),
// is the same character, so JSON stays valid and means the same. Every CLI verb that prints such
// text goes through this unless the user asks for --raw.
QString terminalSafe(const QString& text);
QString terminalSafe(const QByteArray& utf8);

} // namespace npufleet::util
