// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <chrono>

namespace npufleet::serving {

using SteadyClock = std::chrono::steady_clock;

// One dispatched Server-Sent Event. Fields stay raw UTF-8 bytes: lines are cut on bytes, so a
// character split across reads is whole again by the time anyone decodes it.
struct SseEvent
{
    QByteArray event; // "message" when the stream named none
    QByteArray data; // data: lines joined with '\n'
    QByteArray id;
    SteadyClock::time_point arrival; // when the bytes that completed this event arrived
};

// Incremental parser for text/event-stream (WHATWG HTML §9.2), correct for any split of the
// byte stream: feed it reads as they come and it returns the events those reads completed.
class SseParser
{
public:
    QList<SseEvent> feed(const QByteArray& bytes, SteadyClock::time_point arrival = SteadyClock::now());
    // The stream ended: what no blank line closed is dropped, as the standard says. Returns true
    // when something was dropped (the stream was cut inside an event).
    bool finish();
    void reset();

    // Comment lines (": keep-alive") seen so far; servers send them to keep idle connections open.
    int commentCount() const { return m_comments; }
    // Bytes held back waiting for the end of their line.
    qsizetype pendingBytes() const { return m_line.size(); }
    QByteArray lastEventId() const { return m_lastId; }

private:
    void processLine(const QByteArray& line, SteadyClock::time_point arrival, QList<SseEvent>& out);

    QByteArray m_line; // the incomplete current line
    QByteArray m_data;
    QByteArray m_event;
    QByteArray m_lastId;
    bool m_hasData = false;
    bool m_skipLf = false; // the previous read ended on '\r': a leading '\n' belongs to it
    bool m_started = false; // a UTF-8 BOM is skipped only at the very start
    int m_comments = 0;
};

} // namespace npufleet::serving
