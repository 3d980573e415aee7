// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Misbehaving servers (issue #16): a redirect to another origin gets no API key; a server that
// trickles bytes or sends headers for ever meets a deadline; a stream cut off before [DONE] is a
// failure, in the chat client and in the load generator alike.
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include "core/bench/LoadGenerator.h"
#include "core/bench/SocketPoll.h"
#include "core/bench/StreamConnection.h"
#include "core/bench/StreamOutput.h"
#include "core/serving/ChatCall.h"
#include "core/serving/OpenAiClient.h"
#include "core/serving/OpenAiRequest.h"

#include "HttpFixture.h"

using namespace npufleet;
using namespace npufleet::serving;
using npufleet::test::HttpFixture;
using npufleet::test::HttpResponse;

namespace {

QByteArray chunk(const QByteArray& text, const QByteArray& finish = "null")
{
    const QByteArray reason = finish == "null" ? finish : '"' + finish + '"';
    return "data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"text\":\"" + text + "\",\"delta\":{\"content\":\"" + text
        + "\"},\"finish_reason\":" + reason + "}]}\n\n";
}

// A server that answers every request with a status line and then one more header line every
// 50 ms, for ever: the head never ends.
class EndlessHeaders : public QObject
{
public:
    bool start() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    EndlessHeaders()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                s->setParent(this);
                auto* t = new QTimer(s);
                t->setInterval(50);
                connect(t, &QTimer::timeout, s, [s] { s->write("X-Padding: more\r\n"); });
                connect(s, &QTcpSocket::readyRead, s, [s, t] {
                    s->readAll();
                    if (!t->isActive()) {
                        s->write("HTTP/1.1 200 OK\r\n");
                        t->start();
                    }
                });
            }
        });
    }

private:
    QTcpServer m_server;
};

// An event stream that drips one byte every `gapMs`, `count` bytes, never completing an event.
HttpResponse trickle(int count, int gapMs, const QByteArray& event = "data: {\"x\":1}")
{
    HttpResponse r = HttpResponse::sse({});
    for (int i = 0; i < count; ++i)
        r.pieces.append({QByteArray(1, event.at(i % event.size())), gapMs});
    r.ending = HttpResponse::Ending::Hang;
    return r;
}

} // namespace

class TestHttpSafety : public QObject
{
    Q_OBJECT

    ChatResult run(const ChatRequest& r, int timeoutMs = 15000)
    {
        ChatCall* call = m_client.chat(r);
        ChatResult result;
        bool done = false;
        connect(call, &ChatCall::finished, this, [&](const ChatResult& res) {
            result = res;
            done = true;
            QTestEventLoop::instance().exitLoop();
        });
        if (!done)
            QTestEventLoop::instance().enterLoopMSecs(timeoutMs);
        if (!done)
            result.error.message = QStringLiteral("test timeout");
        return result;
    }

    ChatRequest request(const QUrl& base, const QString& key = {})
    {
        ChatRequest r;
        r.endpoint.baseUrl = base;
        r.endpoint.apiKey = key;
        r.model = QStringLiteral("m");
        r.messages.append({QStringLiteral("user"), QStringLiteral("hi")});
        return r;
    }

    // One load-generator run of `n` requests against `base`.
    bench::BenchResult bench(const QUrl& base,
                             int n,
                             int timeoutMs,
                             int requestTimeoutMs = 0,
                             int deadlineMs = 0,
                             QList<bench::RequestOutput>* outputs = nullptr)
    {
        bench::BenchConfig config;
        config.baseUrl = base;
        config.model = QStringLiteral("m");
        config.apiKey = QStringLiteral("k");
        config.timeoutMs = timeoutMs;
        config.requestTimeoutMs = requestTimeoutMs;
        config.deadlineMs = deadlineMs;
        QList<bench::BenchRequest> requests;
        for (int i = 0; i < n; ++i)
            requests.append({QStringLiteral("a b c"), 3, 4});
        bench::LoadGenerator generator(config, requests);
        bench::BenchResult result;
        bool done = false;
        connect(&generator, &bench::LoadGenerator::finished, this, [&](const bench::BenchResult& r) {
            result = r;
            done = true;
            QTestEventLoop::instance().exitLoop();
        });
        if (outputs)
            connect(&generator, &bench::LoadGenerator::requestFinished, this,
                    [outputs](const bench::LiveSample& s) { outputs->append(s.output); });
        generator.start();
        if (!done)
            QTestEventLoop::instance().enterLoopMSecs(30000);
        return result;
    }

    HttpFixture m_server;
    HttpFixture m_other;
    OpenAiClient m_client;

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_other.start());
    }
    void init()
    {
        m_server.clear();
        m_other.clear();
    }

    void origins()
    {
        const auto url = [](const char* u) { return QUrl(QString::fromLatin1(u)); };
        QVERIFY(sameOrigin(url("http://h:80/a"), url("http://H/b")));
        QVERIFY(!sameOrigin(url("http://h:8000/"), url("http://h:8001/")));
        QVERIFY(!sameOrigin(url("http://h/"), url("https://h/")));
        QVERIFY(!sameOrigin(url("http://h/"), url("http://evil/")));
        QVERIFY(refusedRedirect(url("http://h/"), url("http://h/v1/x"), true).isEmpty());
        QVERIFY(!refusedRedirect(url("http://h/"), url("http://evil/"), true).isEmpty());
        QVERIFY(refusedRedirect(url("http://h/"), url("http://evil/"), false).isEmpty());
        QVERIFY(!refusedRedirect(url("https://h/"), url("http://h/"), false).isEmpty());
    }

    // Issue #16: chat followed a redirect to another host and sent it the Authorization header.
    void crossOriginRedirectGetsNoKey()
    {
        HttpResponse moved = HttpResponse::json(307, "{}");
        moved.headers.append(
            qMakePair(QByteArray("Location"), m_other.url(QStringLiteral("/v1/chat/completions")).toEncoded()));
        m_server.enqueue(moved);
        m_other.enqueue(HttpResponse::sse({chunk("stolen", "stop"), "data: [DONE]\n\n"}));
        const ChatResult result = run(request(m_server.url(), QStringLiteral("sk-secret-key")));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.message.contains(QLatin1String("another origin")), qPrintable(result.error.toString()));
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(m_server.requests().first().header("Authorization"), QByteArray("Bearer sk-secret-key"));
        QTest::qWait(200); // nothing may arrive late either
        for (const auto& r : m_other.requests())
            QVERIFY(r.header("Authorization").isEmpty());
        QVERIFY(m_other.requests().isEmpty());
    }

    void sameOriginRedirectKeepsWorking()
    {
        HttpResponse moved = HttpResponse::json(307, "{}");
        moved.headers.append(qMakePair(QByteArray("Location"), QByteArray("/v2/chat/completions")));
        m_server.enqueue(moved);
        m_server.enqueue(HttpResponse::sse({chunk("ok", "stop"), "data: [DONE]\n\n"}));
        const ChatResult result = run(request(m_server.url(), QStringLiteral("k")));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QVERIFY(result.content.startsWith(QLatin1String("ok"))); // the chunk has text and delta both
        QCOMPARE(m_server.requests().size(), 2);
        QCOMPARE(m_server.requests().at(1).target, QByteArray("/v2/chat/completions"));
    }

    // The load generator writes its own HTTP: it follows no redirect at all, so a 3xx is a failed
    // request and the key never leaves for another origin.
    void benchFollowsNoRedirect()
    {
        HttpResponse moved = HttpResponse::json(307, "{}");
        moved.headers.append(
            qMakePair(QByteArray("Location"), m_other.url(QStringLiteral("/v1/completions")).toEncoded()));
        m_server.setRoute("/v1/completions", moved);
        const bench::BenchResult r = bench(m_server.url(), 2, 5000);
        QCOMPARE(r.completed, 0);
        QCOMPARE(r.failed, 2);
        QVERIFY(m_other.requests().isEmpty());
    }

    // Issue #16: a server that trickles bytes kept chat alive for ever.
    void trickleMeetsTheDeadline()
    {
        m_server.enqueue(trickle(10000, 20, chunk("x")));
        ChatRequest r = request(m_server.url());
        r.timeouts.readMs = 60000;
        r.timeouts.totalMs = 1000;
        QElapsedTimer clock;
        clock.start();
        const ChatResult result = run(r);
        QCOMPARE(result.error.kind, ServingError::Kind::Timeout);
        QVERIFY2(result.error.message.contains(QLatin1String("no complete reply within 1 s")),
                 qPrintable(result.error.message));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    // Bytes that never complete an event are not progress: the idle timeout counts events.
    void bytesWithoutEventsAreNotProgress()
    {
        m_server.enqueue(trickle(10000, 20));
        ChatRequest r = request(m_server.url());
        r.timeouts.readMs = 700;
        const ChatResult result = run(r);
        QCOMPARE(result.error.kind, ServingError::Kind::Timeout);
        QVERIFY2(result.error.message.contains(QLatin1String("nothing usable")), qPrintable(result.error.message));
    }

    void endlessHeadersTimeOut()
    {
        EndlessHeaders server;
        QVERIFY(server.start());
        ChatRequest r = request(server.url());
        r.timeouts.readMs = 700;
        QElapsedTimer clock;
        clock.start();
        const ChatResult result = run(r);
        QCOMPARE(result.error.kind, ServingError::Kind::Timeout);
        QVERIFY(clock.elapsed() < 5000);

        // And the load generator (issue #16: it hung on endless headers despite --timeout).
        clock.restart();
        const bench::BenchResult b = bench(server.url(), 2, 700);
        QCOMPARE(b.completed, 0);
        QCOMPARE(b.failed, 2);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    void benchRequestTimeoutAndDeadline()
    {
        // Events that complete (progress) but never end: only the per-request limit stops them.
        QList<QByteArray> pieces;
        for (int i = 0; i < 400; ++i)
            pieces << chunk("t");
        HttpResponse slow = HttpResponse::sse(pieces, 20);
        slow.ending = HttpResponse::Ending::Hang;
        m_server.setRoute("/v1/completions", slow);
        QList<bench::RequestOutput> outputs;
        QElapsedTimer clock;
        clock.start();
        bench::BenchResult r = bench(m_server.url(), 2, 60000, 1000, 0, &outputs);
        QCOMPARE(r.completed, 0);
        QCOMPARE(r.failed, 2);
        QVERIFY(clock.elapsed() < 8000);
        QCOMPARE(outputs.size(), 2);
        QVERIFY2(outputs.first().error.contains(QLatin1String("no complete reply within 1 s")),
                 qPrintable(outputs.first().error));

        // The run's deadline: what is in flight then fails, and the run ends.
        outputs.clear();
        clock.restart();
        r = bench(m_server.url(), 3, 60000, 0, 1200, &outputs);
        QCOMPARE(r.completed, 0);
        QCOMPARE(r.failed, 3);
        QVERIFY(clock.elapsed() < 8000);
        QVERIFY2(outputs.first().error.contains(QLatin1String("deadline")), qPrintable(outputs.first().error));
    }

    // Issue #16: bench counted a stream cut off before [DONE] as a success, because the end of
    // the connection dispatched the unfinished last event.
    void cutOffStreamIsAFailure_data()
    {
        QTest::addColumn<int>("framing");
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<bool>("ok");
        const int close = int(HttpResponse::Framing::Close);
        const int chunked = int(HttpResponse::Framing::Chunked);
        QTest::newRow("close, no [DONE]") << close << QByteArray() << false;
        QTest::newRow("close, half an event")
            << close << QByteArray("data: {\"id\":\"c\",\"choices\":[{\"text\":\"z\"}]}") << false;
        QTest::newRow("close, finished event without blank line")
            << close << QByteArray("data: {\"id\":\"c\",\"choices\":[{\"text\":\"z\",\"finish_reason\":\"stop\"}]}")
            << false;
        QTest::newRow("chunked, no [DONE]") << chunked << QByteArray() << false;
        QTest::newRow("close, [DONE]") << close << QByteArray("data: [DONE]\n\n") << true;
        QTest::newRow("close, finish_reason then closed") << close << chunk("", "stop") << true;
    }
    void cutOffStreamIsAFailure()
    {
        QFETCH(int, framing);
        QFETCH(QByteArray, tail);
        QFETCH(bool, ok);
        HttpResponse r = HttpResponse::sse({chunk("a"), chunk("b")});
        if (!tail.isEmpty())
            r.pieces.append({tail, 0});
        r.framing = HttpResponse::Framing(framing);
        for (bool raw : {true, false}) {
            m_server.clear();
            m_server.setRoute("/v1/completions", r);
            bench::SocketPoll poll;
            bench::StreamConnection c(nullptr, raw ? &poll : nullptr);
            QSignalSpy finished(&c, &bench::StreamConnection::finished);
            const QUrl url = m_server.url(QStringLiteral("/v1/completions"));
            c.start(url, bench::StreamConnection::postRequest(url, "{}", {}), QHostAddress(QHostAddress::LocalHost));
            QVERIFY(finished.wait(5000));
            for (const SseEvent& e : c.events())
                QVERIFY2(!e.data.contains("\"z\"") || tail.endsWith("\n\n"), "an unfinished event was dispatched");
            const bench::RequestOutput out
                = bench::streamOutput(c.events(), ApiKind::Completion, c.startedAt(), 3, false);
            const bool success = out.success && c.error().isEmpty();
            QVERIFY2(success == ok, qPrintable(out.error + c.error()));
        }
        // The chat client agrees.
        m_server.clear();
        m_server.enqueue(r);
        const ChatResult chat = run(request(m_server.url()));
        QCOMPARE(chat.ok(), ok);
        if (!ok)
            QVERIFY2(chat.error.kind == ServingError::Kind::Truncated || chat.error.kind == ServingError::Kind::Network,
                     qPrintable(chat.error.toString()));
    }
};

QTEST_GUILESS_MAIN(TestHttpSafety)
#include "tst_httpsafety.moc"
