// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedLlmServer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <map>
#include <random>

#include "core/bench/FileLimit.h"

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

} // namespace

// Lives on the server's thread: accepts, reads requests, writes chunks when they are due.
class ScriptedLlmWorker : public QObject
{
public:
    ScriptedLlmWorker(ScriptedLlmServer* owner, const LlmScript& script)
        : m_owner(owner)
        , m_script(script)
    {
    }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        m_server->setMaxPendingConnections(4096);
        m_server->setListenBacklogSize(4096); // the default 50 drops SYNs in a burst: a 1 s retransmit
        m_server->listen(QHostAddress::LocalHost, 0);
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer);
        QObject::connect(m_timer, &QTimer::timeout, this, [this] { writeDue(); });
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        return m_server->serverPort();
    }

private:
    struct Conn
    {
        QByteArray in;
        bool answered = false;
        bool chat = false;
        int tokens = 0;
        int next = 0;
        std::chrono::microseconds jitter {0};
        QByteArray model;
        ScriptedLlmServer::Stream stream;
    };

    void accept()
    {
        while (QTcpSocket* s = m_server->nextPendingConnection()) {
            s->setParent(this);
            s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_conns.insert(s, Conn {});
            m_owner->noteOpen(int(m_conns.size()));
            QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
            QObject::connect(s, &QTcpSocket::disconnected, this, [this, s] { drop(s); });
        }
    }

    void drop(QTcpSocket* s)
    {
        if (!m_conns.contains(s))
            return;
        m_conns.remove(s);
        for (auto it = m_due.begin(); it != m_due.end();)
            it = it->second == s ? m_due.erase(it) : std::next(it);
        s->deleteLater();
    }

    void read(QTcpSocket* s)
    {
        const Clock::time_point now = Clock::now(); // the schedule counts from the bytes' arrival
        Conn& c = m_conns[s];
        c.in += s->readAll();
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
        answer(s, c, requestLine.value(0), requestLine.value(1), body);
    }

    void respond(QTcpSocket* s, int status, const QByteArray& type, const QByteArray& body)
    {
        s->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error")
                 + "\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\nConnection: close\r\n\r\n" + body);
        s->disconnectFromHost();
    }

    void answer(QTcpSocket* s, Conn& c, const QByteArray& method, const QByteArray& target, const QByteArray& body)
    {
        const int number = m_owner->countRequest();
        if (method == "GET" && target == "/metrics")
            return respond(s, 200, "text/plain; version=0.0.4", m_script.metricsText);
        if (method == "GET" && target == "/v1/models")
            return respond(s, 200, "application/json", R"({"object":"list","data":[{"id":"scripted"}]})");
        c.chat = target.endsWith("/chat/completions");
        if (method != "POST" || (!c.chat && !target.endsWith("/completions")))
            return respond(s, 404, "application/json", R"({"object":"error","message":"Not Found","code":404})");
        if (m_script.failEvery > 0 && number % m_script.failEvery == 0)
            return respond(
                s, 500, "application/json",
                R"({"object":"error","message":"scripted failure","type":"InternalServerError","code":500})");
        const QJsonObject request = QJsonDocument::fromJson(body).object();
        c.model = request.value(QStringLiteral("model")).toString().toUtf8();
        c.tokens = m_script.tokens > 0 ? m_script.tokens : request.value(QStringLiteral("max_tokens")).toInt(16);
        QString prompt = request.value(QStringLiteral("prompt")).toString();
        const QJsonArray messages = request.value(QStringLiteral("messages")).toArray();
        if (!messages.isEmpty())
            prompt = messages.last().toObject().value(QStringLiteral("content")).toString();
        c.stream.promptTokens = m_script.promptTokens >= 0
            ? m_script.promptTokens
            : int(prompt.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        s->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n"
                 "Connection: close\r\n\r\n");
        s->flush();
        schedule(s, c);
    }

    void schedule(QTcpSocket* s, Conn& c)
    {
        auto due = c.stream.received + std::chrono::milliseconds(m_script.ttftMs)
            + std::chrono::milliseconds(m_script.gapMs) * c.next;
        if (m_script.jitterMs > 0) {
            c.jitter += std::chrono::microseconds(m_rng() % (quint64(m_script.jitterMs) * 1000 + 1));
            due += c.jitter;
        }
        m_due.emplace(due, s);
        arm();
    }

    void arm()
    {
        if (m_due.empty())
            return m_timer->stop();
        const auto wait = m_due.begin()->first - Clock::now();
        const auto ms = std::max<qint64>(0, std::chrono::floor<std::chrono::milliseconds>(wait).count());
        m_timer->start(int(ms));
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

    void writeDue()
    {
        // Chunk bytes are the same for every stream of a kind: made once.
        while (!m_due.empty() && m_due.begin()->first <= Clock::now()) {
            QTcpSocket* s = m_due.begin()->second;
            m_due.erase(m_due.begin());
            auto it = m_conns.find(s);
            if (it == m_conns.end())
                continue;
            Conn& c = *it;
            const bool last = c.next + 1 >= c.tokens;
            QByteArray& cached = last ? m_lastChunk[c.chat] : m_chunk[c.chat];
            if (cached.isEmpty())
                cached = frame(tokenChunk(c, last));
            QByteArray bytes = cached;
            if (last)
                bytes += frame(usageChunk(c) + "data: [DONE]\n\n") + "0\r\n\r\n";
            s->write(bytes);
            s->flush();
            c.stream.sent.append(Clock::now());
            ++c.next;
            if (last) {
                m_owner->record(c.stream);
                s->disconnectFromHost();
            } else {
                schedule(s, c);
            }
        }
        arm();
    }

    ScriptedLlmServer* m_owner;
    LlmScript m_script;
    QTcpServer* m_server = nullptr;
    QTimer* m_timer = nullptr;
    QHash<QTcpSocket*, Conn> m_conns;
    std::multimap<Clock::time_point, QTcpSocket*> m_due;
    QByteArray m_chunk[2];
    QByteArray m_lastChunk[2];
    std::mt19937_64 m_rng {7};
};

ScriptedLlmServer::ScriptedLlmServer(const LlmScript& script, QObject* parent)
    : QObject(parent)
    , m_script(script)
    , m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("scripted-llm"));
}

ScriptedLlmServer::~ScriptedLlmServer()
{
    if (m_worker)
        QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->quit();
    m_thread->wait();
}

bool ScriptedLlmServer::start()
{
    bench::raiseFileLimit(8192);
    m_worker = new ScriptedLlmWorker(this, m_script);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
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
