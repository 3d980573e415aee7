// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/serving/SseParser.h"

#include <algorithm>
#include <limits>

#include "core/util/Utf8.h"

namespace npufleet::serving {

namespace {

bool isHttpWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// An HTTP token code point (RFC 9110 tchar).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    static const QByteArray others("!#$%&'*+-.^_`|~");
    return others.contains(c);
}

QByteArray trimmedHttp(QByteArrayView v)
{
    qsizetype b = 0, e = v.size();
    while (b < e && isHttpWhitespace(v.at(b)))
        ++b;
    while (e > b && isHttpWhitespace(v.at(e - 1)))
        --e;
    return v.sliced(b, e - b).toByteArray();
}

} // namespace

bool isEventStreamType(const QByteArray& contentType)
{
    const QByteArray input = trimmedHttp(contentType);
    const qsizetype slash = input.indexOf('/');
    if (slash <= 0)
        return false;
    const QByteArray type = input.left(slash);
    const qsizetype semicolon = input.indexOf(';', slash + 1);
    const QByteArray subtype
        = trimmedHttp(QByteArrayView(input).sliced(slash + 1, (semicolon < 0 ? input.size() : semicolon) - slash - 1));
    if (subtype.isEmpty() || !std::all_of(type.cbegin(), type.cend(), isTokenChar)
        || !std::all_of(subtype.cbegin(), subtype.cend(), isTokenChar))
        return false;
    return type.toLower() == "text" && subtype.toLower() == "event-stream";
}

QList<SseEvent> SseParser::feed(const QByteArray& bytes, SteadyClock::time_point arrival)
{
    QList<SseEvent> out;
    qsizetype pos = 0;
    const qsizetype n = bytes.size();
    if (!m_started && n > 0) {
        // The BOM may itself arrive split; hold bytes until three are there or they differ.
        m_line += bytes;
        static const QByteArray bom("\xEF\xBB\xBF");
        const qsizetype have = qMin<qsizetype>(m_line.size(), 3);
        if (m_line.left(have) == bom.left(have) && have < 3)
            return out;
        m_started = true;
        QByteArray held = m_line.startsWith(bom) ? m_line.mid(3) : m_line;
        m_line.clear();
        return feed(held, arrival);
    }
    if (m_skipLf && pos < n && bytes.at(pos) == '\n')
        ++pos;
    m_skipLf = false;
    while (pos < n) {
        qsizetype end = pos;
        while (end < n && bytes.at(end) != '\n' && bytes.at(end) != '\r')
            ++end;
        if (end == n) {
            m_line.append(bytes.constData() + pos, n - pos);
            break;
        }
        // Only copy when a previous read left part of this line behind.
        if (m_line.isEmpty()) {
            processLine(QByteArray::fromRawData(bytes.constData() + pos, end - pos), arrival, out);
        } else {
            m_line.append(bytes.constData() + pos, end - pos);
            processLine(m_line, arrival, out);
            m_line.clear();
        }
        if (bytes.at(end) == '\r') {
            if (end + 1 == n)
                m_skipLf = true;
            else if (bytes.at(end + 1) == '\n')
                ++end;
        }
        pos = end + 1;
    }
    return out;
}

bool SseParser::finish()
{
    const bool incomplete = !m_line.isEmpty() || m_hasData;
    // An event is only dispatched by its blank line: a half line or half event at the end is discarded.
    m_line.clear();
    m_data.clear();
    m_event.clear();
    m_hasData = false;
    m_skipLf = false;
    return incomplete;
}

void SseParser::reset()
{
    *this = SseParser();
}

void SseParser::processLine(const QByteArray& rawLine, SteadyClock::time_point arrival, QList<SseEvent>& out)
{
    if (rawLine.isEmpty()) {
        // Dispatch: the last event ID first, even for a block without data.
        m_lastEventId = m_idBuffer;
        if (m_hasData) {
            SseEvent ev;
            ev.event = m_event.isEmpty() ? QByteArrayLiteral("message") : m_event;
            ev.data = m_data;
            ev.id = m_lastEventId;
            ev.arrival = arrival;
            out.append(std::move(ev));
        }
        m_data.clear();
        m_event.clear();
        m_hasData = false;
        return;
    }
    // The stream is decoded as UTF-8 with replacement; line ends are ASCII, so line by line is the same.
    const QByteArray line = util::isValidUtf8(rawLine) ? rawLine : util::withReplacementCharacters(rawLine);
    if (line.at(0) == ':') {
        ++m_comments;
        if (m_keepNotes)
            m_notes.append({SseNote::Kind::Comment, line.mid(1), 0});
        return;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value;
    if (colon >= 0) {
        qsizetype start = colon + 1;
        if (start < line.size() && line.at(start) == ' ')
            ++start;
        value = line.mid(start);
    }
    if (field == "data") {
        if (m_hasData)
            m_data += '\n';
        m_data += value;
        m_hasData = true;
    } else if (field == "event") {
        m_event = value;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_idBuffer = value;
    } else if (field == "retry") {
        const bool digits = !value.isEmpty()
            && std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits) {
            bool ok = false;
            const qint64 ms = value.toLongLong(&ok);
            m_retryMs = ok ? ms : std::numeric_limits<qint64>::max();
            if (m_keepNotes)
                m_notes.append({SseNote::Kind::Retry, {}, *m_retryMs});
        }
    }
    // Any other field is ignored, as the standard says.
}

} // namespace npufleet::serving
