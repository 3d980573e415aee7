// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <chrono>
#include <optional>
#include <utility>

namespace npufleet::serving {

using SteadyClock = std::chrono::steady_clock;

// One dispatched Server-Sent Event. Fields are UTF-8, as the standard's decoder leaves them:
// every ill-formed byte sequence of the stream has become U+FFFD.
struct SseEvent
{
    QByteArray event; // "message" when the stream named none
    QByteArray data; // data: lines joined with '\n'
    QByteArray id; // the last event ID at dispatch (it carries over from earlier events)
    SteadyClock::time_point arrival; // when the bytes that completed this event arrived
};

// True when a Content-Type header names text/event-stream, read as the MIME Sniffing standard's
// "parse a MIME type" does (case-insensitive essence, parameters ignored, whitespace trimmed), the
// check an EventSource makes before it reads the body.
bool isEventStreamType(const QByteArray& contentType);

// What the parser saw besides events, in order, when asked to keep a record (tests, diagnostics).
struct SseNote
{
    enum class Kind { Comment, Retry };
    Kind kind = Kind::Comment;
    QByteArray comment; // the line after its ':'
    qint64 retryMs = 0; // a reconnection time the stream set
};

// Incremental parser for text/event-stream, exactly as the WHATWG HTML standard's "event stream
// interpretation" (§9.2.6) reads it: UTF-8 decoded with U+FFFD replacement, one leading BOM
// dropped, CR, LF and CRLF line ends, comments, the fields data/event/id/retry (an id containing
// NUL is ignored, retry takes ASCII digits only), a field name without a colon, one space after
// the colon removed, dispatch on a blank line, and nothing dispatched for a block without data.
// Correct for any split of the byte stream: feed it reads as they come and it returns the events
// those reads completed.
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
    // The event source's last event ID: the id buffer as of the last blank line.
    QByteArray lastEventId() const { return m_lastEventId; }
    // The reconnection time the stream asked for, if it did (retry: field).
    std::optional<qint64> reconnectionTimeMs() const { return m_retryMs; }

    void setKeepNotes(bool keep) { m_keepNotes = keep; }
    QList<SseNote> takeNotes() { return std::exchange(m_notes, {}); }

private:
    void processLine(const QByteArray& rawLine, SteadyClock::time_point arrival, QList<SseEvent>& out);

    QByteArray m_line; // the incomplete current line
    QByteArray m_data;
    QByteArray m_event;
    QByteArray m_idBuffer; // the last event ID buffer
    QByteArray m_lastEventId; // the last event ID string (set at each blank line)
    std::optional<qint64> m_retryMs;
    bool m_hasData = false;
    bool m_skipLf = false; // the previous read ended on '\r': a leading '\n' belongs to it
    bool m_started = false; // a UTF-8 BOM is skipped only at the very start
    bool m_keepNotes = false;
    int m_comments = 0;
    QList<SseNote> m_notes;
};

} // namespace npufleet::serving
