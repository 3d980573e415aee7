// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/StreamConnection.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QTcpSocket>

namespace npufleet::bench {

StreamConnection::StreamConnection(QObject* parent)
    : QObject(parent)
{
}

StreamConnection::~StreamConnection() = default;

QByteArray StreamConnection::postRequest(const QUrl& url,
                                         const QByteArray& body,
                                         const QString& apiKey,
                                         const QByteArray& requestId)
{
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    QByteArray r;
    r.reserve(body.size() + 256);
    r += "POST " + path + " HTTP/1.1\r\nHost: " + host
        + "\r\nUser-Agent: npufleet-bench\r\nContent-Type: application/json\r\nAccept: text/event-stream\r\n"
          "Connection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    if (!requestId.isEmpty())
        r += "X-Request-Id: " + requestId + "\r\n";
    if (!apiKey.isEmpty())
        r += "Authorization: Bearer " + apiKey.toUtf8() + "\r\n";
    r += "\r\n" + body;
    return r;
}

void StreamConnection::start(const QUrl& url, const QByteArray& request)
{
    m_request = request;
    const bool tls = url.scheme() == QLatin1String("https");
    m_socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &StreamConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &StreamConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError)
            onDisconnected();
        else
            finish(m_socket->errorString());
    });
    // The clock starts when the request goes out, as on vLLM's pooled keep-alive connections:
    // setting up our own connection is not the server's latency.
    const auto send = [this] {
        m_started = SteadyClock::now();
        m_lastActivity = m_started;
        m_socket->write(m_request);
        m_request.clear();
    };
    m_started = SteadyClock::now();
    m_lastActivity = m_started;
    if (tls) {
        auto* ssl = static_cast<QSslSocket*>(m_socket);
        connect(ssl, &QSslSocket::encrypted, this, send);
        ssl->connectToHostEncrypted(url.host(), quint16(url.port(443)));
    } else {
        connect(m_socket, &QTcpSocket::connected, this, send);
        m_socket->connectToHost(url.host(), quint16(url.port(80)));
    }
}

void StreamConnection::abort(const QString& reason)
{
    finish(reason);
}

void StreamConnection::onReadyRead()
{
    const SteadyClock::time_point now = SteadyClock::now(); // first, before any work
    m_lastActivity = now;
    m_buffer += m_socket->readAll();
    parse(now);
}

void StreamConnection::parse(SteadyClock::time_point now)
{
    qsizetype pos = 0;
    const auto takeLine = [&](QByteArray* line) {
        const qsizetype end = m_buffer.indexOf("\r\n", pos);
        if (end < 0)
            return false;
        *line = m_buffer.mid(pos, end - pos);
        pos = end + 2;
        return true;
    };
    QByteArray line;
    while (!m_done && pos < m_buffer.size()) {
        switch (m_state) {
        case State::Status: {
            if (!takeLine(&line))
                goto out;
            const QList<QByteArray> parts = line.split(' ');
            m_status = parts.size() >= 2 && line.startsWith("HTTP/1.") ? parts.at(1).toInt() : 0;
            if (m_status == 0)
                return finish(tr("not an HTTP response"));
            m_state = State::Headers;
            break;
        }
        case State::Headers:
            if (!takeLine(&line))
                goto out;
            if (!line.isEmpty()) {
                if (!headerLine(line))
                    return;
                break;
            }
            if (m_chunked)
                m_state = State::ChunkSize;
            else
                m_state = State::Body;
            if (!m_chunked && m_remaining == 0)
                return finish();
            break;
        case State::ChunkSize: {
            if (!takeLine(&line))
                goto out;
            const qsizetype semi = line.indexOf(';');
            bool ok = false;
            m_remaining = (semi < 0 ? line : line.left(semi)).trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0)
                return finish(tr("bad chunked encoding"));
            m_state = m_remaining == 0 ? State::Trailer : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qsizetype n = qMin<qsizetype>(m_remaining, m_buffer.size() - pos);
            body(m_buffer.constData() + pos, n, now);
            pos += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
            if (m_buffer.size() - pos < 2)
                goto out;
            pos += 2; // the CRLF after the chunk's data
            m_state = State::ChunkSize;
            break;
        case State::Trailer:
            if (!takeLine(&line))
                goto out;
            if (line.isEmpty())
                return finish();
            break;
        case State::Body: {
            qsizetype n = m_buffer.size() - pos;
            if (m_remaining >= 0)
                n = qMin<qsizetype>(n, m_remaining);
            body(m_buffer.constData() + pos, n, now);
            pos += n;
            if (m_remaining >= 0) {
                m_remaining -= n;
                if (m_remaining == 0)
                    return finish();
            }
            break;
        }
        case State::Done:
            goto out;
        }
    }
out:
    m_buffer.remove(0, pos);
}

bool StreamConnection::headerLine(const QByteArray& line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return true;
    const QByteArray name = line.left(colon).trimmed().toLower();
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (name == "transfer-encoding" && value.toLower().contains("chunked"))
        m_chunked = true;
    else if (name == "content-length")
        m_remaining = value.toLongLong();
    return true;
}

void StreamConnection::body(const char* data, qsizetype size, SteadyClock::time_point now)
{
    if (size <= 0)
        return;
    if (m_status != 200) {
        if (m_errorBody.size() < 4096)
            m_errorBody.append(data, size);
        return;
    }
    m_events += m_sse.feed(QByteArray::fromRawData(data, size), now);
}

void StreamConnection::onDisconnected()
{
    if (m_done)
        return;
    if (m_state == State::Body && m_remaining < 0) {
        m_events += m_sse.feed("\n\n", m_lastActivity); // a close-delimited body ends here
        return finish();
    }
    finish(m_status == 0 ? tr("the server closed the connection without answering")
                         : tr("the connection closed before the response ended"));
}

void StreamConnection::finish(const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    m_state = State::Done;
    m_error = error;
    if (m_error.isEmpty() && m_status != 200)
        m_error = QStringLiteral("HTTP %1").arg(m_status);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    emit finished(this);
}

} // namespace npufleet::bench
