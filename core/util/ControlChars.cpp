// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/ControlChars.h"

namespace npufleet::safe {

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
        return true;
    if (u == 0x2028 || u == 0x2029) // line and paragraph separators
        return true;
    // Bidirectional embeddings, overrides and isolates ("Trojan Source"), and the marks.
    return (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f || u == 0x061c;
}

bool hasControl(const QString& value)
{
    for (QChar c : value) {
        if (isControl(c))
            return true;
    }
    return false;
}

QString escapedForMessage(const QString& value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (QChar c : value) {
        switch (c.unicode()) {
        case u'\n':
            out += QLatin1String("\\n");
            continue;
        case u'\r':
            out += QLatin1String("\\r");
            continue;
        case u'\t':
            out += QLatin1String("\\t");
            continue;
        case 0:
            out += QLatin1String("\\0");
            continue;
        case u'\\':
            out += QLatin1String("\\\\");
            continue;
        default:
            break;
        }
        if (!isControl(c))
            out += c;
        else if (c.unicode() < 0x100)
            out += QStringLiteral("\\x%1").arg(int(c.unicode()), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u{%1}").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace npufleet::safe
