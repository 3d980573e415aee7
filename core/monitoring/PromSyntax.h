// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace npufleet::monitoring {

// The lexical pieces of the Prometheus text format, as prometheus/common expfmt reads them.

// Go's strconv.ParseInt(s, 10, 64).
std::optional<qint64> parsePromTimestamp(const QByteArray& text);
// Go's fmt %q of a string: quoted, with escapes for quotes, backslashes, control and invalid bytes.
QString goQuoted(const QByteArray& text);
// Go's fmt %q of one byte (a rune literal such as '+').
QString goQuotedByte(char c);

inline bool isBlankOrTab(char c)
{
    return c == ' ' || c == '\t';
}
inline bool isLabelNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '"';
}
// Inside quotes every byte continues a name (expfmt tests a Go rune made from the byte).
inline bool isLabelNameContinuation(char c, bool quoted)
{
    return quoted || isLabelNameStart(c) || (c >= '0' && c <= '9');
}
inline bool isMetricNameStart(char c)
{
    return isLabelNameStart(c) || c == ':';
}
inline bool isMetricNameContinuation(char c, bool quoted)
{
    return isLabelNameContinuation(c, quoted) || c == ':';
}

} // namespace npufleet::monitoring
