// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <chrono>

class QHostAddress;
class QSocketNotifier;

namespace npufleet::bench {

// Something registered with a SocketPoll: told which events its socket has.
class PollClient
{
public:
    virtual ~PollClient() = default;
    virtual void socketEvents(quint32 events, std::chrono::steady_clock::time_point woke) = 0;
};

// One epoll set behind one QSocketNotifier. Qt's own dispatchers poll() every registered socket
// on every wake-up and re-arm a notifier on each read, which costs more than the bytes themselves
// at a thousand streams; epoll reports only the sockets that have something. Linux only: elsewhere
// isAvailable() is false and connections use QTcpSocket.
class SocketPoll : public QObject
{
    Q_OBJECT
public:
    explicit SocketPoll(QObject* parent = nullptr);
    ~SocketPoll() override;

    bool isAvailable() const { return m_fd >= 0; }
    // events: EPOLLIN / EPOLLOUT bits. Returns false when the kernel refused.
    bool add(int fd, quint32 events, PollClient* client);
    bool modify(int fd, quint32 events, PollClient* client);
    void remove(int fd);

    // A non-blocking TCP socket connecting to address:port, with TCP_NODELAY and kernel receive
    // timestamps on. Returns the fd (the connection completes when it turns writable), or -1
    // with *error = errno (0: address family not supported here).
    static int openConnection(const QHostAddress& address, quint16 port, int* error);
    // One recvmsg(): > 0 bytes read, 0 end of stream, -1 nothing to read (*error 0) or failed
    // (*error = errno). *arrival = when the kernel received the newest of these bytes, converted to
    // the steady clock; left alone when the kernel gave no stamp or it is not after notBefore.
    static qint64 receive(int fd,
                          char* buffer,
                          qint64 size,
                          std::chrono::steady_clock::time_point notBefore,
                          std::chrono::steady_clock::time_point* arrival,
                          int* error);

    // Wake-ups and sockets served so far (for the benchmark's own figures).
    qint64 dispatched() const { return m_dispatched; }

private:
    bool control(int operation, int fd, quint32 events, PollClient* client);
    void dispatch();

    int m_fd = -1;
    QSocketNotifier* m_notifier = nullptr;
    qint64 m_dispatched = 0;
};

} // namespace npufleet::bench
