// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/ShellQuote.h"

namespace npufleet::shell {

namespace {
bool isSafe(QChar c)
{
    if (c.unicode() >= 128)
        return false;
    const char ch = c.toLatin1();
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_'
        || ch == '-' || ch == '.' || ch == '/' || ch == ':' || ch == ',' || ch == '+' || ch == '@' || ch == '%'
        || ch == '=';
}
} // namespace

QString quote(const QString& word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (QChar c : word)
        safe = safe && isSafe(c);
    // A leading '=' or '-' is harmless as a word; a leading '~' would expand, and is not in the safe set.
    if (safe)
        return word;
    // Single quotes keep everything literal; an embedded quote closes, escapes and reopens.
    QString out = QStringLiteral("'");
    for (QChar c : word) {
        if (c == QLatin1Char('\''))
            out += QStringLiteral("'\\''");
        else
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

QString join(const QStringList& words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString& w : words)
        quoted << quote(w);
    return quoted.join(QLatin1Char(' '));
}

bool isValidVariableName(const QString& name)
{
    if (name.isEmpty() || name.at(0).isDigit())
        return false;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

QString exportLine(const QString& name, const QString& value)
{
    return QStringLiteral("export ") + name + QLatin1Char('=') + quote(value);
}

} // namespace npufleet::shell
