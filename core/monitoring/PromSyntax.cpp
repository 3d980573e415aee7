// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/PromSyntax.h"

#include <cerrno>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "core/monitoring/PrometheusText.h"
#include "core/util/Utf8.h"

#include <locale.h>

namespace npufleet::monitoring {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool equalsIgnoringCase(const QByteArray& text, qsizetype from, const char* word)
{
    const QByteArray w(word);
    return text.size() - from == w.size() && text.mid(from).toLower() == w;
}

// Go's special(): [+-]inf, [+-]infinity, nan, in any case, and nothing more.
std::optional<double> special(const QByteArray& s)
{
    qsizetype i = 0;
    double sign = 1;
    if (!s.isEmpty() && (s.at(0) == '+' || s.at(0) == '-')) {
        sign = s.at(0) == '-' ? -1 : 1;
        i = 1;
    }
    if (equalsIgnoringCase(s, i, "inf") || equalsIgnoringCase(s, i, "infinity"))
        return sign * std::numeric_limits<double>::infinity();
    if (i == 0 && equalsIgnoringCase(s, 0, "nan"))
        return std::numeric_limits<double>::quiet_NaN();
    return std::nullopt;
}

// [+-] digits [. digits] [(e|E) [+-] digits], with at least one mantissa digit.
bool isDecimalFloat(const QByteArray& s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    if (i < n && (s.at(i) == '+' || s.at(i) == '-'))
        ++i;
    bool digits = false;
    bool dot = false;
    for (; i < n; ++i) {
        if (isDigit(s.at(i)))
            digits = true;
        else if (s.at(i) == '.' && !dot)
            dot = true;
        else
            break;
    }
    if (!digits)
        return false;
    if (i < n && (s.at(i) == 'e' || s.at(i) == 'E')) {
        ++i;
        if (i < n && (s.at(i) == '+' || s.at(i) == '-'))
            ++i;
        if (i >= n || !isDigit(s.at(i)))
            return false;
        while (i < n && isDigit(s.at(i)))
            ++i;
    }
    return i == n;
}

double strtodC(const QByteArray& s)
{
    static const locale_t c = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
    return strtod_l(s.constData(), nullptr, c);
}

} // namespace

std::optional<double> parsePromFloat(const QByteArray& text)
{
    // expfmt refuses these before Go's parser sees them (hex floats and digit separators).
    if (text.contains('p') || text.contains('P') || text.contains('_'))
        return std::nullopt;
    if (const std::optional<double> v = special(text))
        return v;
    if (!isDecimalFloat(text))
        return std::nullopt;
    const double v = strtodC(text);
    if (std::isinf(v))
        return std::nullopt; // out of range, as Go's ErrRange
    return v;
}

std::optional<qint64> parsePromTimestamp(const QByteArray& text)
{
    qsizetype i = 0;
    if (!text.isEmpty() && (text.at(0) == '+' || text.at(0) == '-'))
        i = 1;
    if (i == text.size())
        return std::nullopt;
    for (qsizetype k = i; k < text.size(); ++k)
        if (!isDigit(text.at(k)))
            return std::nullopt;
    bool ok = false;
    const qint64 v = text.toLongLong(&ok, 10);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

QString goQuoted(const QByteArray& text)
{
    QString out(QLatin1Char('"'));
    // Valid sequences are kept, invalid bytes shown as \xNN.
    qsizetype i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text.at(i));
        if (b < 0x80) {
            switch (b) {
            case '"':
                out += QStringLiteral("\\\"");
                break;
            case '\\':
                out += QStringLiteral("\\\\");
                break;
            case '\n':
                out += QStringLiteral("\\n");
                break;
            case '\t':
                out += QStringLiteral("\\t");
                break;
            case '\r':
                out += QStringLiteral("\\r");
                break;
            default:
                if (b < 0x20 || b == 0x7F)
                    out += QStringLiteral("\\x%1").arg(b, 2, 16, QLatin1Char('0'));
                else
                    out += QLatin1Char(char(b));
            }
            ++i;
            continue;
        }
        const int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        const QByteArray seq = text.mid(i, len);
        if (len > 1 && seq.size() == len && util::isValidUtf8(seq)) {
            out += QString::fromUtf8(seq);
            i += len;
        } else {
            out += QStringLiteral("\\x%1").arg(b, 2, 16, QLatin1Char('0'));
            ++i;
        }
    }
    return out + QLatin1Char('"');
}

QString goQuotedByte(char c)
{
    const auto b = static_cast<unsigned char>(c);
    QString body;
    if (b == '\'')
        body = QStringLiteral("\\'");
    else if (b == '\\')
        body = QStringLiteral("\\\\");
    else if (b == '\n')
        body = QStringLiteral("\\n");
    else if (b == '\t')
        body = QStringLiteral("\\t");
    else if (b == '\r')
        body = QStringLiteral("\\r");
    else if (b < 0x20 || b == 0x7F)
        body = QStringLiteral("\\x%1").arg(b, 2, 16, QLatin1Char('0'));
    else
        body = QChar::fromLatin1(c); // Go reads a byte as the rune of the same number
    return QLatin1Char('\'') + body + QLatin1Char('\'');
}

} // namespace npufleet::monitoring
