// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/serving/SseParser.h"

namespace npufleet::serving {

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

void SseParser::processLine(const QByteArray& line, SteadyClock::time_point arrival, QList<SseEvent>& out)
{
    if (line.isEmpty()) {
        if (m_hasData) {
            SseEvent ev;
            ev.event = m_event.isEmpty() ? QByteArrayLiteral("message") : m_event;
            ev.data = m_data;
            ev.id = m_lastId;
            ev.arrival = arrival;
            out.append(std::move(ev));
        }
        m_data.clear();
        m_event.clear();
        m_hasData = false;
        return;
    }
    if (line.at(0) == ':') {
        ++m_comments;
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
            m_lastId = value;
    }
    // "retry" and unknown fields do not matter to a client that never reconnects.
}

} // namespace npufleet::serving
