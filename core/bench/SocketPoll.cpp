// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/SocketPoll.h"

#include <QHostAddress>
#include <QSocketNotifier>
#include <cstring>

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

#ifdef Q_OS_LINUX
constexpr int kEpollAdd = EPOLL_CTL_ADD;
constexpr int kEpollModify = EPOLL_CTL_MOD;
#else
constexpr int kEpollAdd = 0;
constexpr int kEpollModify = 0;
#endif

SocketPoll::SocketPoll(QObject* parent)
    : QObject(parent)
{
#ifdef Q_OS_LINUX
    m_fd = epoll_create1(EPOLL_CLOEXEC);
    if (m_fd < 0)
        return;
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SocketPoll::dispatch);
#endif
}

SocketPoll::~SocketPoll()
{
#ifdef Q_OS_LINUX
    delete m_notifier;
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

bool SocketPoll::add(int fd, quint32 events, PollClient* client)
{
    return control(kEpollAdd, fd, events, client);
}

bool SocketPoll::modify(int fd, quint32 events, PollClient* client)
{
    return control(kEpollModify, fd, events, client);
}

bool SocketPoll::control(int operation, int fd, quint32 events, PollClient* client)
{
#ifdef Q_OS_LINUX
    epoll_event ev {};
    ev.events = events;
    ev.data.ptr = client;
    return epoll_ctl(m_fd, operation, fd, &ev) == 0;
#else
    Q_UNUSED(operation)
    Q_UNUSED(fd)
    Q_UNUSED(events)
    Q_UNUSED(client)
    return false;
#endif
}

void SocketPoll::remove(int fd)
{
#ifdef Q_OS_LINUX
    epoll_ctl(m_fd, EPOLL_CTL_DEL, fd, nullptr);
#else
    Q_UNUSED(fd)
#endif
}

int SocketPoll::openConnection(const QHostAddress& address, quint16 port, int* error)
{
    *error = 0;
#ifdef Q_OS_LINUX
    sockaddr_storage sa {};
    socklen_t len = 0;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto* in = reinterpret_cast<sockaddr_in*>(&sa);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        len = sizeof(sockaddr_in);
    } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&sa);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR a = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, a.c, 16);
        in6->sin6_scope_id = address.scopeId().toUInt();
        len = sizeof(sockaddr_in6);
    } else {
        return -1;
    }
    const int fd = ::socket(sa.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = errno;
        return -1;
    }
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &one, sizeof one);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&sa), len) != 0 && errno != EINPROGRESS) {
        *error = errno;
        ::close(fd);
        return -1;
    }
    return fd;
#else
    Q_UNUSED(address)
    Q_UNUSED(port)
    return -1;
#endif
}

qint64 SocketPoll::receive(int fd,
                           char* buffer,
                           qint64 size,
                           std::chrono::steady_clock::time_point notBefore,
                           std::chrono::steady_clock::time_point* arrival,
                           int* error)
{
    *error = 0;
#ifdef Q_OS_LINUX
    // The kernel stamps each segment when it reaches the socket (CLOCK_REALTIME); a read reports
    // the newest of the segments it took. That is when the bytes arrived, however late the
    // reading thread got to run. Converted through "how long ago", read from both clocks now.
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(timespec)) + 64];
    iovec iov {buffer, size_t(size)};
    msghdr msg {};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    ssize_t n = -1;
    do
        n = ::recvmsg(fd, &msg, 0);
    while (n < 0 && errno == EINTR);
    if (n < 0) {
        *error = errno == EAGAIN || errno == EWOULDBLOCK ? 0 : errno;
        return -1;
    }
    for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_TIMESTAMPNS)
            continue;
        timespec kernel {};
        std::memcpy(&kernel, CMSG_DATA(c), sizeof kernel);
        timespec real {};
        clock_gettime(CLOCK_REALTIME, &real);
        const auto steadyNow = std::chrono::steady_clock::now();
        const qint64 agoNs = (qint64(real.tv_sec) - qint64(kernel.tv_sec)) * 1000000000
            + (qint64(real.tv_nsec) - qint64(kernel.tv_nsec));
        const auto stamped = steadyNow - std::chrono::nanoseconds(agoNs);
        if (agoNs >= 0 && stamped >= notBefore) // a wall-clock step makes nonsense: keep the fallback
            *arrival = stamped;
    }
    return n;
#else
    Q_UNUSED(fd)
    Q_UNUSED(buffer)
    Q_UNUSED(size)
    Q_UNUSED(notBefore)
    Q_UNUSED(arrival)
    return -1;
#endif
}

void SocketPoll::dispatch()
{
#ifdef Q_OS_LINUX
    // One batch per wake-up (level-triggered: the rest come next time), so the thread's timers
    // (the arrival schedule) still run between batches. A client that finishes stays alive until
    // the event loop runs again (deleteLater), so later entries of the batch never dangle.
    epoll_event events[256];
    const int n = epoll_wait(m_fd, events, 256, 0);
    const auto woke = std::chrono::steady_clock::now();
    for (int i = 0; i < n; ++i)
        static_cast<PollClient*>(events[i].data.ptr)->socketEvents(events[i].events, woke);
    m_dispatched += qMax(n, 0);
#endif
}

} // namespace npufleet::bench
