// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include "core/bench/SocketPoll.h"
#include "core/serving/SseParser.h"

class QTcpSocket;

namespace npufleet::sim {
class SimulatedExchange;
}

namespace npufleet::bench {

using serving::SteadyClock;

// One streaming HTTP/1.1 request on its own connection (Connection: close), decoded by hand so
// that a thousand of them run at once (QNetworkAccessManager keeps six per host). Bytes are
// timestamped on arrival and cut into SSE events at once; their JSON is read later, off the
// path that takes timestamps.
//
// Plain http with a SocketPoll and a resolved address uses a raw non-blocking socket in that
// epoll set, and takes each read's time from the kernel (SO_TIMESTAMPNS: when the bytes reached
// the socket), so a client thread that is late to run (a busy machine) does not make the
// server look slow. A sim:// URL (a demo deployment) is answered in process by the simulator, whose
// bytes go through the same HTTP reader with the times the simulated server sent them. https, or no poll, goes through
// Q(Ssl)TcpSocket and stamps on readyRead.
class StreamConnection : public QObject, private PollClient
{
    Q_OBJECT
public:
    explicit StreamConnection(QObject* parent = nullptr, SocketPoll* poll = nullptr);
    ~StreamConnection() override;

    // The full request bytes (request line, headers, body); the clock starts when they are sent.
    // address: url's host already resolved (the raw path needs it; resolving here would be timed).
    void start(const QUrl& url, const QByteArray& request, const QHostAddress& address = {});
    void abort(const QString& reason);

    SteadyClock::time_point startedAt() const { return m_started; }
    // The last progress: the request sent, the response head complete, a complete event (header
    // lines and bytes that complete no event do not count).
    SteadyClock::time_point lastActivity() const { return m_lastActivity; }
    int httpStatus() const { return m_status; }
    const QList<serving::SseEvent>& events() const { return m_events; }
    // Non-empty when the exchange failed at the HTTP or socket level.
    QString error() const { return m_error; }
    const QByteArray& errorBody() const { return m_errorBody; }
    bool isFinished() const { return m_done; }

    // The request bytes for a POST of a JSON body.
    // requestId goes out as X-Request-Id, which vLLM takes as its own request id (and logs).
    static QByteArray
    postRequest(const QUrl& url, const QByteArray& body, const QString& apiKey, const QByteArray& requestId = {});

signals:
    void finished(npufleet::bench::StreamConnection* self);

private:
    enum class State { Status, Headers, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Body, Done };
    void onReadyRead();
    void onDisconnected();
    bool startRaw(const QUrl& url, const QHostAddress& address);
    void startSimulated(const QUrl& url);
    void socketEvents(quint32 events, SteadyClock::time_point woke) override;
    void sendRaw();
    void readRaw(SteadyClock::time_point woke);
    void parse(SteadyClock::time_point now);
    void body(const char* data, qsizetype size, SteadyClock::time_point now);
    bool headerLine(const QByteArray& line);
    void finish(const QString& error = {});

    QTcpSocket* m_socket = nullptr;
    QPointer<sim::SimulatedExchange> m_simulated; // a sim:// URL: the in-process server
    QPointer<SocketPoll> m_poll; // may go first when the owner dies: closing the fd then suffices
    int m_fd = -1; // the raw socket, when the raw path runs
    bool m_connected = false;
    qsizetype m_sent = 0; // request bytes the raw socket took so far
    QByteArray m_request;
    QByteArray m_buffer;
    serving::SseParser m_sse;
    QList<serving::SseEvent> m_events;
    SteadyClock::time_point m_started;
    SteadyClock::time_point m_lastActivity;
    State m_state = State::Status;
    qint64 m_remaining = -1; // of the current chunk, or of a Content-Length body
    bool m_chunked = false;
    int m_status = 0;
    QString m_error;
    QByteArray m_errorBody;
    bool m_done = false;
};

} // namespace npufleet::bench
