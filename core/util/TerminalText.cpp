// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/TerminalText.h"

namespace npufleet::util {

namespace {
bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

QString hex(char16_t c, int digits)
{
    return QString::number(c, 16).rightJustified(digits, QLatin1Char('0'));
}
} // namespace

QString terminalSafe(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n' || c == u'\t' || (c >= 0x20 && c < 0x7F)) {
            out += QChar(c);
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                continue; // CRLF: the LF ends the line
            out += QLatin1String("\\r");
        } else if (c == 0x1B) {
            out += QLatin1String("\\e");
        } else if (c == 0x08) {
            out += QLatin1String("\\b");
        } else if (c < 0x20) {
            out += QLatin1String("\\x") + hex(c, 2);
        } else if (c == 0x7F || (c >= 0x80 && c <= 0x9F) || isBidiControl(c)) {
            // \uXXXX: inside a JSON string (JSON output passes through here too) it is the same character.
            out += QLatin1String("\\u") + hex(c, 4);
        } else {
            out += QChar(c);
        }
    }
    return out;
}

QString terminalSafe(const QByteArray& utf8)
{
    return terminalSafe(QString::fromUtf8(utf8));
}

} // namespace npufleet::util
