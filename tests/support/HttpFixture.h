// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace npufleet::test {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One scripted answer: status, headers, then body pieces, each written after its delay.
struct HttpResponse
{
    struct Piece
    {
        QByteArray bytes;
        int delayMs = 0; // wait before writing this piece (a timer, never a sleep)
    };
    enum class Framing {
        Chunked, // Transfer-Encoding: chunked, one HTTP chunk per piece (as uvicorn sends streams)
        ContentLength, // the length of all pieces, announced up front
        Close, // no length: the body ends when the connection closes
    };
    enum class Ending {
        Complete, // finish the body properly, then close
        Reset, // after the last piece, reset the connection (RST) without finishing the body
        Hang, // after the last piece, send nothing more and keep the connection open
    };

    int status = 200;
    QByteArray reason = "OK";
    HttpHeaders headers;
    QList<Piece> pieces;
    Framing framing = Framing::Chunked;
    Ending ending = Ending::Complete;

    // A JSON answer in one piece.
    static HttpResponse json(int status, const QByteArray& body);
    // A text/event-stream answer, one piece per element, each after delayMs.
    static HttpResponse sse(const QList<QByteArray>& pieces, int delayMs = 0);
};

struct HttpRequestRecord
{
    QByteArray method;
    QByteArray target; // path and query as sent
    HttpHeaders headers;
    QByteArray body;
    // The value of a header (case-insensitive name), or empty.
    QByteArray header(const QByteArray& name) const;
};

// A small scripted HTTP/1.1 server on 127.0.0.1 (port chosen by the system) for tests. Runs on the
// event loop of the thread that owns it: drive tests with QSignalSpy::wait / QTRY_*, never with
// blocking waits in the same thread. Every connection serves one request and then closes.
class HttpFixture : public QObject
{
    Q_OBJECT
public:
    explicit HttpFixture(QObject* parent = nullptr);
    ~HttpFixture() override;

    bool start();
    quint16 port() const;
    // http://127.0.0.1:<port><path>
    QUrl url(const QString& path = {}) const;

    // Answers are served in the order queued; a request for a path with a route gets the route's answer
    // when the queue is empty. Without either: 404 with an OpenAI-style error body.
    void enqueue(const HttpResponse& response);
    void setRoute(const QByteArray& path, const HttpResponse& response);
    void clear();

    const QList<HttpRequestRecord>& requests() const { return m_requests; }
    int openConnections() const { return int(m_connections.size()); }

signals:
    void requestReceived(const npufleet::test::HttpRequestRecord& request);
    // The scripted answer was written in full (and the connection ended as scripted).
    void responseDone();

private:
    struct Connection
    {
        QByteArray in;
        HttpResponse response;
        int next = 0;
        bool answering = false;
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const HttpRequestRecord& request);
    void writeNext(QTcpSocket* socket);
    void end(QTcpSocket* socket);

    QTcpServer* m_server;
    QList<HttpResponse> m_queue;
    QHash<QByteArray, HttpResponse> m_routes;
    QList<HttpRequestRecord> m_requests;
    QHash<QTcpSocket*, Connection> m_connections;
};

} // namespace npufleet::test
