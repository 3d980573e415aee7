// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedLlmServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <cerrno>
#include <map>
#include <random>
#include <thread>
#include <unordered_map>

#include "core/bench/FileLimit.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <unistd.h>

namespace npufleet::test {

namespace {

using Clock = ScriptedLlmServer::Clock;

QByteArray frame(const QByteArray& payload)
{
    return QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n";
}

QByteArray sseData(const QJsonObject& obj)
{
    return "data: " + QJsonDocument(obj).toJson(QJsonDocument::Compact) + "\n\n";
}

// epoll data for the listening socket, the timer and the stop signal (connections use their fd).
constexpr quint64 kListen = ~quint64(0), kTimer = ~quint64(1), kStop = ~quint64(2);

} // namespace

// The server's thread: accepts, reads requests, writes chunks when they are due.
class ScriptedLlmWorker
{
public:
    ScriptedLlmWorker(ScriptedLlmServer* owner, const LlmScript& script)
        : m_owner(owner)
        , m_script(script)
    {
    }

    ~ScriptedLlmWorker()
    {
        if (m_thread.joinable()) {
            const quint64 one = 1;
            [[maybe_unused]] const auto n = ::write(m_stop, &one, sizeof one);
            m_thread.join();
        }
        for (auto& [fd, c] : m_conns)
            ::close(fd);
        for (int fd : {m_listen, m_timer, m_stop, m_epoll})
            if (fd >= 0)
                ::close(fd);
    }

    quint16 listen()
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        const int one = 1;
        setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        // A deep backlog: the default drops SYNs in a burst of a thousand, a 1 s retransmit each.
        if (::bind(m_listen, reinterpret_cast<sockaddr*>(&addr), len) != 0 || ::listen(m_listen, 4096) != 0
            || getsockname(m_listen, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
            return 0;
        m_epoll = epoll_create1(EPOLL_CLOEXEC);
        m_timer = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC); // = steady_clock on Linux
        m_stop = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        watch(m_listen, EPOLLIN, kListen);
        watch(m_timer, EPOLLIN, kTimer);
        watch(m_stop, EPOLLIN, kStop);
        m_thread = std::thread([this] { run(); });
        return ntohs(addr.sin_port);
    }

private:
    struct Conn
    {
        QByteArray in;
        QByteArray out; // what the socket did not take yet
        bool answered = false;
        bool chat = false;
        bool closing = false; // close once `out` is gone
        bool waitingOut = false; // EPOLLOUT asked for
        int tokens = 0;
        int next = 0;
        std::chrono::microseconds jitter {0};
        QByteArray model;
        ScriptedLlmServer::Stream stream;
    };

    void watch(int fd, quint32 events, quint64 key, int op = EPOLL_CTL_ADD)
    {
        epoll_event ev {};
        ev.events = events;
        ev.data.u64 = key;
        epoll_ctl(m_epoll, op, fd, &ev);
    }

    void run()
    {
        prctl(PR_SET_TIMERSLACK, 1UL); // wake when the chunk is due, not up to 50 µs later
        pthread_setname_np(pthread_self(), "scripted-llm"); // for perf and top
        epoll_event events[256];
        for (;;) {
            const int n = epoll_wait(m_epoll, events, 256, -1);
            for (int i = 0; i < n; ++i) {
                const quint64 key = events[i].data.u64;
                if (key == kStop)
                    return;
                if (key == kListen) {
                    accept();
                } else if (key == kTimer) {
                    quint64 expirations = 0;
                    [[maybe_unused]] const auto r = ::read(m_timer, &expirations, sizeof expirations);
                    writeDue();
                } else {
                    const int fd = int(key);
                    if (events[i].events & EPOLLOUT)
                        flush(fd);
                    if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR))
                        read(fd);
                }
            }
        }
    }

    void accept()
    {
        for (;;) {
            const int fd = accept4(m_listen, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd < 0)
                return;
            const int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            m_conns.emplace(fd, Conn {});
            watch(fd, EPOLLIN, quint64(fd));
            m_owner->noteOpen(int(m_conns.size()));
        }
    }

    void drop(int fd)
    {
        if (m_conns.erase(fd) == 0)
            return;
        for (auto it = m_due.begin(); it != m_due.end();)
            it = it->second == fd ? m_due.erase(it) : std::next(it);
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        ::close(fd);
    }

    void read(int fd)
    {
        const Clock::time_point now = Clock::now(); // the schedule counts from the bytes' arrival
        char buffer[16384];
        for (;;) {
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
                return drop(fd); // the client went away
            if (n < 0)
                break;
            m_conns[fd].in.append(buffer, n);
        }
        Conn& c = m_conns[fd];
        if (c.answered)
            return;
        const qsizetype headerEnd = c.in.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = c.in.left(headerEnd);
        qsizetype length = 0;
        for (const QByteArray& line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
            else if (line.toLower().startsWith("x-request-id:"))
                c.stream.requestId = line.mid(13).trimmed();
        }
        if (c.in.size() < headerEnd + 4 + length)
            return;
        c.answered = true;
        const QByteArray body = c.in.mid(headerEnd + 4, length);
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        c.stream.received = now;
        answer(fd, c, requestLine.value(0), requestLine.value(1), body);
    }

    // Writes what it can; the rest waits for EPOLLOUT. A closing connection closes when all is out.
    void send(int fd, Conn& c, const QByteArray& bytes)
    {
        c.out += bytes;
        flush(fd);
    }

    void flush(int fd)
    {
        auto it = m_conns.find(fd);
        if (it == m_conns.end())
            return;
        Conn& c = it->second;
        qsizetype done = 0;
        while (done < c.out.size()) {
            const ssize_t n = ::send(fd, c.out.constData() + done, size_t(c.out.size() - done), MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && errno == EAGAIN)
                break;
            if (n < 0)
                return drop(fd);
            done += n;
        }
        c.out.remove(0, done);
        if (c.out.isEmpty() && c.closing)
            return drop(fd); // the request was read in full: closing now sends FIN, not RST
        if (c.waitingOut != !c.out.isEmpty()) {
            c.waitingOut = !c.out.isEmpty();
            watch(fd, c.waitingOut ? EPOLLIN | EPOLLOUT : EPOLLIN, quint64(fd), EPOLL_CTL_MOD);
        }
    }

    void respond(int fd, Conn& c, int status, const QByteArray& type, const QByteArray& body)
    {
        c.closing = true;
        send(fd, c,
             "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error") + "\r\nContent-Type: " + type
                 + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    }

    void answer(int fd, Conn& c, const QByteArray& method, const QByteArray& target, const QByteArray& body)
    {
        const int number = m_owner->countRequest();
        if (method == "GET" && target == "/metrics")
            return respond(fd, c, 200, "text/plain; version=0.0.4", m_script.metricsText);
        if (method == "GET" && target == "/v1/models")
            return respond(fd, c, 200, "application/json", R"({"object":"list","data":[{"id":"scripted"}]})");
        c.chat = target.endsWith("/chat/completions");
        if (method != "POST" || (!c.chat && !target.endsWith("/completions")))
            return respond(fd, c, 404, "application/json", R"({"object":"error","message":"Not Found","code":404})");
        if (m_script.failEvery > 0 && number % m_script.failEvery == 0)
            return respond(
                fd, c, 500, "application/json",
                R"({"object":"error","message":"scripted failure","type":"InternalServerError","code":500})");
        const QJsonObject request = QJsonDocument::fromJson(body).object();
        c.model = request.value(QStringLiteral("model")).toString().toUtf8();
        c.stream.body = body;
        const QJsonValue asked = request.contains(QStringLiteral("max_completion_tokens"))
            ? request.value(QStringLiteral("max_completion_tokens"))
            : request.value(QStringLiteral("max_tokens"));
        c.tokens = m_script.tokens > 0 ? m_script.tokens : asked.toInt(16);
        QString prompt = request.value(QStringLiteral("prompt")).toString();
        const QJsonArray messages = request.value(QStringLiteral("messages")).toArray();
        if (!messages.isEmpty())
            prompt = messages.last().toObject().value(QStringLiteral("content")).toString();
        c.stream.promptTokens = m_script.promptTokens >= 0
            ? m_script.promptTokens
            : int(prompt.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        send(fd, c,
             "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n"
             "Connection: close\r\n\r\n");
        schedule(fd, c);
    }

    void schedule(int fd, Conn& c)
    {
        auto due = c.stream.received + std::chrono::milliseconds(m_script.ttftMs)
            + std::chrono::milliseconds(m_script.gapMs) * c.next;
        if (m_script.jitterMs > 0) {
            c.jitter += std::chrono::microseconds(m_rng() % (quint64(m_script.jitterMs) * 1000 + 1));
            due += c.jitter;
        }
        c.stream.due.append(due);
        scheduleAt(fd, due);
    }

    void scheduleAt(int fd, Clock::time_point due)
    {
        const bool earliest = m_due.empty() || due < m_due.begin()->first;
        m_due.emplace(due, fd);
        if (earliest)
            arm();
    }

    void arm()
    {
        itimerspec spec {};
        if (!m_due.empty()) {
            const auto ns
                = std::chrono::duration_cast<std::chrono::nanoseconds>(m_due.begin()->first.time_since_epoch()).count();
            spec.it_value.tv_sec = std::max<qint64>(ns, 1) / 1000000000;
            spec.it_value.tv_nsec = std::max<qint64>(ns, 1) % 1000000000;
        }
        timerfd_settime(m_timer, TFD_TIMER_ABSTIME, &spec, nullptr); // all zero disarms
    }

    QByteArray tokenChunk(const Conn& c, bool last) const
    {
        QJsonObject choice {
            {QStringLiteral("index"), 0},
            {QStringLiteral("finish_reason"), last ? QJsonValue(QStringLiteral("length")) : QJsonValue()}};
        if (c.chat)
            choice.insert(QStringLiteral("delta"), QJsonObject {{QStringLiteral("content"), QStringLiteral(" tok")}});
        else
            choice.insert(QStringLiteral("text"), QStringLiteral(" tok"));
        return sseData({{QStringLiteral("id"), QStringLiteral("cmpl-scripted")},
                        {QStringLiteral("object"),
                         c.chat ? QStringLiteral("chat.completion.chunk") : QStringLiteral("text_completion")},
                        {QStringLiteral("model"), QString::fromUtf8(c.model)},
                        {QStringLiteral("choices"), QJsonArray {choice}}});
    }

    QByteArray usageChunk(const Conn& c) const
    {
        const int p = c.stream.promptTokens;
        return sseData({{QStringLiteral("id"), QStringLiteral("cmpl-scripted")},
                        {QStringLiteral("model"), QString::fromUtf8(c.model)},
                        {QStringLiteral("choices"), QJsonArray {}},
                        {QStringLiteral("usage"),
                         QJsonObject {{QStringLiteral("prompt_tokens"), p},
                                      {QStringLiteral("completion_tokens"), c.tokens},
                                      {QStringLiteral("total_tokens"), p + c.tokens}}}});
    }

    // The usage chunk, [DONE] and the end of the chunked body.
    QByteArray ending(const Conn& c) const
    {
        QByteArray events = usageChunk(c);
        events += "data: [DONE]\n\n";
        QByteArray out = frame(events);
        out += "0\r\n\r\n";
        return out;
    }

    void writeDue()
    {
        // Chunk bytes are the same for every stream of a kind: made once.
        while (!m_due.empty() && m_due.begin()->first <= Clock::now()) {
            const int fd = m_due.begin()->second;
            m_due.erase(m_due.begin());
            auto it = m_conns.find(fd);
            if (it == m_conns.end())
                continue;
            Conn& c = it->second;
            if (c.next >= c.tokens) { // the usage chunk, usageDelayMs after the last token
                c.closing = true;
                c.stream.usageSent = Clock::now();
                m_owner->record(c.stream);
                send(fd, c, ending(c));
                continue;
            }
            const bool last = c.next + 1 >= c.tokens;
            const bool ends = last && m_script.usageDelayMs <= 0;
            QByteArray& cached = last ? m_lastChunk[c.chat] : m_chunk[c.chat];
            if (cached.isEmpty())
                cached = frame(tokenChunk(c, last));
            QByteArray bytes = cached;
            if (ends) {
                bytes += ending(c);
                c.closing = true;
            }
            ++c.next;
            // The truth is the moment the bytes go to the kernel; the last chunk's stream is
            // recorded before it goes, so a client that has it all finds it recorded.
            c.stream.sent.append(Clock::now());
            if (ends) {
                c.stream.usageSent = c.stream.sent.last();
                m_owner->record(c.stream);
            } else if (last) {
                scheduleAt(fd, c.stream.due.last() + std::chrono::milliseconds(m_script.usageDelayMs));
            } else {
                schedule(fd, c);
            }
            send(fd, c, bytes); // may close the connection (the last chunk, or an error): c is gone then
        }
        arm();
    }

    ScriptedLlmServer* m_owner;
    LlmScript m_script;
    std::thread m_thread;
    int m_epoll = -1, m_listen = -1, m_timer = -1, m_stop = -1;
    std::unordered_map<int, Conn> m_conns;
    std::multimap<Clock::time_point, int> m_due;
    QByteArray m_chunk[2];
    QByteArray m_lastChunk[2];
    std::mt19937_64 m_rng {7};
};

ScriptedLlmServer::ScriptedLlmServer(const LlmScript& script, QObject* parent)
    : QObject(parent)
    , m_script(script)
{
}

ScriptedLlmServer::~ScriptedLlmServer() = default;

bool ScriptedLlmServer::start()
{
    bench::raiseFileLimit(8192);
    m_worker = std::make_unique<ScriptedLlmWorker>(this, m_script);
    m_port = m_worker->listen();
    return m_port != 0;
}

QUrl ScriptedLlmServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QList<ScriptedLlmServer::Stream> ScriptedLlmServer::streams() const
{
    QMutexLocker lock(&m_mutex);
    return m_streams;
}

int ScriptedLlmServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int ScriptedLlmServer::peakConcurrency() const
{
    QMutexLocker lock(&m_mutex);
    return m_peak;
}

void ScriptedLlmServer::reset()
{
    QMutexLocker lock(&m_mutex);
    m_streams.clear();
    m_requests = 0;
    m_peak = 0;
}

QHash<QByteArray, ScriptedLlmServer::Stream> ScriptedLlmServer::streamsById() const
{
    QMutexLocker lock(&m_mutex);
    QHash<QByteArray, Stream> out;
    for (const Stream& s : m_streams)
        out.insert(s.requestId, s);
    return out;
}

void ScriptedLlmServer::record(const Stream& stream)
{
    QMutexLocker lock(&m_mutex);
    m_streams.append(stream);
}

void ScriptedLlmServer::noteOpen(int open)
{
    QMutexLocker lock(&m_mutex);
    m_peak = std::max(m_peak, open);
}

int ScriptedLlmServer::countRequest()
{
    QMutexLocker lock(&m_mutex);
    return ++m_requests;
}

} // namespace npufleet::test
