// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/StreamConnection.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QTcpSocket>

#include "core/sim/SimulatedExchange.h"
#include "core/sim/SimulatedNetwork.h"

#ifdef Q_OS_LINUX
#include <cerrno>
#include <ctime>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace npufleet::bench {

StreamConnection::StreamConnection(QObject* parent, SocketPoll* poll)
    : QObject(parent)
    , m_poll(poll && poll->isAvailable() ? poll : nullptr)
{
}

StreamConnection::~StreamConnection()
{
#ifdef Q_OS_LINUX
    if (m_fd >= 0) {
        if (m_poll)
            m_poll->remove(m_fd);
        ::close(m_fd);
    }
#endif
}

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

void StreamConnection::start(const QUrl& url, const QByteArray& request, const QHostAddress& address)
{
    m_request = request;
    if (sim::isSimulated(url))
        return startSimulated(url);
    const bool tls = url.scheme() == QLatin1String("https");
    if (!tls && m_poll && !address.isNull() && startRaw(url, address))
        return;
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

void StreamConnection::startSimulated(const QUrl& url)
{
    m_started = SteadyClock::now();
    m_lastActivity = m_started;
    // The request as a server reads it: the method and target, and the body after the blank line.
    const qsizetype headEnd = m_request.indexOf("\r\n\r\n");
    const QByteArray body = headEnd < 0 ? QByteArray() : m_request.mid(headEnd + 4);
    const QByteArray method = m_request.left(m_request.indexOf(' '));
    m_request.clear();
    m_simulated = sim::SimulatedNetwork::instance().open(url, method, body, this);
    // The simulated server's answer as HTTP/1.1 with chunked encoding, as uvicorn sends it.
    connect(m_simulated, &sim::SimulatedExchange::headReady, this,
            [this](int status, const QByteArray& contentType, SteadyClock::time_point at) {
                m_buffer += "HTTP/1.1 " + QByteArray::number(status) + " \r\n";
                if (!contentType.isEmpty())
                    m_buffer += "content-type: " + contentType + "\r\n";
                m_buffer += "transfer-encoding: chunked\r\n\r\n";
                m_lastActivity = SteadyClock::now();
                parse(std::min(at, m_lastActivity));
            });
    connect(m_simulated, &sim::SimulatedExchange::dataReady, this,
            [this](const QByteArray& bytes, SteadyClock::time_point at) {
                m_buffer += QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n";
                m_lastActivity = SteadyClock::now();
                parse(std::min(at, m_lastActivity));
            });
    connect(m_simulated, &sim::SimulatedExchange::finished, this, [this] {
        m_buffer += "0\r\n\r\n";
        parse(SteadyClock::now());
    });
    connect(m_simulated, &sim::SimulatedExchange::failed, this, [this](const QString& why) { finish(why); });
}

bool StreamConnection::startRaw(const QUrl& url, const QHostAddress& address)
{
#ifdef Q_OS_LINUX
    int error = 0;
    m_started = SteadyClock::now();
    m_lastActivity = m_started;
    const int fd = SocketPoll::openConnection(address, quint16(url.port(80)), &error);
    if (fd < 0 && error == 0)
        return false; // not an address this path takes: QTcpSocket will
    if (fd < 0) {
        // Reported from the event loop, as a socket error would be: the caller is still in start().
        const QString reason = qt_error_string(error);
        QMetaObject::invokeMethod(
            this, [this, reason] { finish(reason); }, Qt::QueuedConnection);
        return true;
    }
    if (!m_poll->add(fd, EPOLLOUT, this)) {
        ::close(fd);
        return false;
    }
    m_fd = fd;
    return true;
#else
    Q_UNUSED(url)
    Q_UNUSED(address)
    return false;
#endif
}

void StreamConnection::socketEvents(quint32 events, SteadyClock::time_point woke)
{
#ifdef Q_OS_LINUX
    if (m_done || m_fd < 0)
        return; // finished earlier in the same batch
    if (!m_connected) {
        int error = 0;
        socklen_t size = sizeof error;
        getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &size);
        if (error != 0)
            return finish(qt_error_string(error));
        if (!(events & EPOLLOUT))
            return;
        m_connected = true;
        // The clock starts when the request goes out, as on vLLM's pooled keep-alive connections.
        m_started = SteadyClock::now();
        m_lastActivity = m_started;
        return sendRaw();
    }
    if ((events & EPOLLOUT) && m_sent < m_request.size())
        sendRaw();
    if (!m_done && (events & (EPOLLIN | EPOLLHUP | EPOLLERR)))
        readRaw(woke);
#else
    Q_UNUSED(events)
    Q_UNUSED(woke)
#endif
}

void StreamConnection::sendRaw()
{
#ifdef Q_OS_LINUX
    while (m_sent < m_request.size()) {
        const ssize_t n = ::send(m_fd, m_request.constData() + m_sent, size_t(m_request.size() - m_sent), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        if (n < 0)
            return finish(qt_error_string(errno));
        m_sent += n;
    }
    const bool more = m_sent < m_request.size();
    if (!more)
        m_request.clear();
    m_poll->modify(m_fd, more ? EPOLLIN | EPOLLOUT : EPOLLIN, this);
#endif
}

void StreamConnection::readRaw(SteadyClock::time_point woke)
{
    // Each read's time is the kernel's (when the bytes reached the socket); without one, the
    // time epoll woke us up stands in: taken once per batch, before any parsing, so the work on
    // earlier sockets never lands on later ones.
    static thread_local char buffer[64 * 1024];
    for (;;) {
        SteadyClock::time_point at = woke;
        int error = 0;
        const qint64 n = SocketPoll::receive(m_fd, buffer, sizeof buffer, m_started, &at, &error);
        if (n < 0 && error == 0)
            return;
        if (n < 0)
            return finish(qt_error_string(error));
        if (n == 0)
            return onDisconnected();
        m_buffer.append(buffer, n);
        parse(std::min(at, SteadyClock::now()));
        if (m_done || n < qint64(sizeof buffer))
            return; // a short read drained the socket: no need to ask again for EAGAIN
    }
}

void StreamConnection::abort(const QString& reason)
{
    finish(reason);
}

void StreamConnection::onReadyRead()
{
    const SteadyClock::time_point now = SteadyClock::now(); // first, before any work
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
            m_lastActivity = now; // the head is complete: progress
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
        m_lastActivity = now;
        if (m_errorBody.size() < 4096)
            m_errorBody.append(data, size);
        return;
    }
    const QList<serving::SseEvent> events = m_sse.feed(QByteArray::fromRawData(data, size), now);
    if (!events.isEmpty()) { // progress is a complete event, not a byte
        m_lastActivity = now;
        m_events += events;
    }
}

void StreamConnection::onDisconnected()
{
    if (m_done)
        return;
    if (m_state == State::Body && m_remaining < 0) {
        // A close-delimited body ends here. An event no blank line closed is dropped (WHATWG: an
        // incomplete event at the end of the stream is discarded); whether the reply was complete
        // is for the stream's own end ([DONE], a finish_reason) to say.
        m_sse.finish();
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
    if (m_simulated) {
        m_simulated->disconnect(this);
        m_simulated->abort();
    }
#ifdef Q_OS_LINUX
    if (m_fd >= 0) {
        if (m_poll)
            m_poll->remove(m_fd);
        ::close(m_fd);
        m_fd = -1;
    }
#endif
    emit finished(this);
}

} // namespace npufleet::bench
