// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpFixture.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace npufleet::test {

HttpResponse HttpResponse::json(int status, const QByteArray& body)
{
    HttpResponse r;
    r.status = status;
    r.reason = status == 200 ? QByteArray("OK") : QByteArray("Error");
    r.headers = {{"Content-Type", "application/json"}};
    r.pieces = {{body, 0}};
    r.framing = Framing::ContentLength;
    return r;
}

HttpResponse HttpResponse::sse(const QList<QByteArray>& pieces, int delayMs)
{
    HttpResponse r;
    r.headers = {{"Content-Type", "text/event-stream; charset=utf-8"}, {"Cache-Control", "no-cache"}};
    for (const QByteArray& p : pieces)
        r.pieces.append({p, delayMs});
    return r;
}

QByteArray HttpRequestRecord::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

HttpFixture::HttpFixture(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpFixture::onNewConnection);
}

HttpFixture::~HttpFixture()
{
    const QList<QTcpSocket*> sockets = m_connections.keys();
    for (QTcpSocket* s : sockets) {
        s->disconnect(this);
        s->abort();
    }
}

bool HttpFixture::start()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 HttpFixture::port() const
{
    return m_server->serverPort();
}

QUrl HttpFixture::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void HttpFixture::enqueue(const HttpResponse& response)
{
    m_queue.append(response);
}

void HttpFixture::setRoute(const QByteArray& path, const HttpResponse& response)
{
    m_routes.insert(path, response);
}

void HttpFixture::clear()
{
    m_queue.clear();
    m_routes.clear();
    m_requests.clear();
}

void HttpFixture::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, Connection());
        // Pieces a millisecond apart must not wait for delayed ACKs (Nagle): 40 ms each otherwise.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void HttpFixture::onReadyRead(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->in += socket->readAll();
    if (it->answering)
        return;
    const qsizetype headerEnd = it->in.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    HttpRequestRecord request;
    const QList<QByteArray> lines = it->in.left(headerEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = lines.at(i).left(colon).trimmed();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        request.headers.append({key, value});
        if (key.compare("content-length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    if (it->in.size() < headerEnd + 4 + length)
        return; // the body is still coming
    request.body = it->in.mid(headerEnd + 4, length);
    it->answering = true;
    m_requests.append(request);
    emit requestReceived(request);
    answer(socket, request);
}

void HttpFixture::answer(QTcpSocket* socket, const HttpRequestRecord& request)
{
    Connection& c = m_connections[socket];
    const QByteArray path
        = request.target.left(request.target.indexOf('?') < 0 ? request.target.size() : request.target.indexOf('?'));
    if (!m_queue.isEmpty())
        c.response = m_queue.takeFirst();
    else if (m_routes.contains(path))
        c.response = m_routes.value(path);
    else
        c.response = HttpResponse::json(
            404, R"({"error":{"message":"no scripted answer for this request","type":"NotFoundError","code":404}})");

    const HttpResponse& r = c.response;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + r.reason + "\r\n";
    for (const auto& [key, value] : r.headers)
        head += key + ": " + value + "\r\n";
    if (r.framing == HttpResponse::Framing::Chunked) {
        head += "Transfer-Encoding: chunked\r\n";
    } else if (r.framing == HttpResponse::Framing::ContentLength) {
        qsizetype total = 0;
        for (const auto& piece : r.pieces)
            total += piece.bytes.size();
        head += "Content-Length: " + QByteArray::number(total) + "\r\n";
    }
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    socket->flush();
    writeNext(socket);
}

void HttpFixture::writeNext(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    if (it->next >= it->response.pieces.size()) {
        end(socket);
        return;
    }
    const HttpResponse::Piece& piece = it->response.pieces.at(it->next);
    const auto write = [this, socket] {
        auto c = m_connections.find(socket);
        if (c == m_connections.end())
            return;
        const QByteArray& bytes = c->response.pieces.at(c->next++).bytes;
        if (c->response.framing == HttpResponse::Framing::Chunked) {
            if (!bytes.isEmpty()) // an empty chunk would end the body
                socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
        } else {
            socket->write(bytes);
        }
        socket->flush();
        writeNext(socket);
    };
    if (piece.delayMs > 0)
        QTimer::singleShot(piece.delayMs, socket, write);
    else
        QTimer::singleShot(0, socket, write); // one piece per event-loop turn, so reads can split
}

void HttpFixture::end(QTcpSocket* socket)
{
    const HttpResponse& r = m_connections[socket].response;
    switch (r.ending) {
    case HttpResponse::Ending::Complete:
        if (r.framing == HttpResponse::Framing::Chunked)
            socket->write("0\r\n\r\n");
        socket->disconnectFromHost();
        break;
    case HttpResponse::Ending::Reset:
        // Let what was written reach the peer first: a reset discards unsent bytes.
        QTimer::singleShot(20, socket, [socket] {
            socket->flush();
            // SO_LINGER with a zero timeout turns close() into a TCP reset.
            struct linger lg = {1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
            socket->abort();
        });
        break;
    case HttpResponse::Ending::Hang:
        break;
    }
    emit responseDone();
}

} // namespace npufleet::test
