// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One streaming request, over the raw epoll socket (kernel arrival times) and over QTcpSocket:
// both read the same events from the scripted server, in order, stamped within the exchange.
#include <QSignalSpy>
#include <QTest>

#include "core/bench/BenchMetrics.h"
#include "core/bench/SocketPoll.h"
#include "core/bench/StreamConnection.h"
#include "core/bench/StreamOutput.h"

#include "ScriptedLlmServer.h"

using namespace npufleet;
using namespace npufleet::bench;
using npufleet::test::LlmScript;
using npufleet::test::ScriptedLlmServer;

class TestBenchStream : public QObject
{
    Q_OBJECT
private slots:
    void bothPaths_data()
    {
        QTest::addColumn<bool>("raw");
        QTest::newRow("epoll, kernel stamps") << true;
        QTest::newRow("QTcpSocket") << false;
    }
    void bothPaths()
    {
        QFETCH(bool, raw);
        LlmScript script;
        script.ttftMs = 10;
        script.gapMs = 3;
        script.tokens = 5;
        script.promptTokens = 7;
        ScriptedLlmServer server(script);
        QVERIFY(server.start());
        SocketPoll poll;
        QVERIFY(poll.isAvailable());
        StreamConnection c(nullptr, raw ? &poll : nullptr);
        QSignalSpy finished(&c, &StreamConnection::finished);
        const QUrl url = server.baseUrl().resolved(QUrl(QStringLiteral("/v1/completions")));
        c.start(url, StreamConnection::postRequest(url, R"({"model":"m","prompt":"a b","stream":true})", {}, "r1"),
                QHostAddress(QHostAddress::LocalHost));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(c.error().isEmpty(), qPrintable(c.error()));
        QCOMPARE(c.httpStatus(), 200);
        QCOMPARE(poll.dispatched() > 0, raw);
        const auto& events = c.events();
        QCOMPARE(events.size(), 7); // five tokens, usage, [DONE]
        QCOMPARE(events.last().data, QByteArray("[DONE]"));
        for (qsizetype i = 1; i < events.size(); ++i)
            QVERIFY(events.at(i).arrival >= events.at(i - 1).arrival);
        QVERIFY(events.first().arrival >= c.startedAt());
        QVERIFY(events.last().arrival <= serving::SteadyClock::now());

        const RequestOutput out = streamOutput(events, serving::ApiKind::Completion, c.startedAt(), 2);
        QVERIFY(out.success);
        QCOMPARE(out.outputTokens, 5);
        QCOMPARE(out.promptLen, 7);
        QCOMPARE(out.itl.size(), 4);
        QCOMPARE(out.generatedText, QStringLiteral(" tok tok tok tok tok"));
        // The server's own record of when it wrote each chunk bounds what the client saw.
        const auto served = server.streamsById().value("r1");
        QCOMPARE(served.sent.size(), 5);
        const double firstMs = std::chrono::duration<double, std::milli>(served.sent.first() - c.startedAt()).count();
        QVERIFY2(std::abs(out.ttft * 1000 - firstMs) < 1.0, qPrintable(QString::number(out.ttft * 1000 - firstMs)));
    }

    void refused()
    {
        SocketPoll poll;
        StreamConnection c(nullptr, &poll);
        QSignalSpy finished(&c, &StreamConnection::finished);
        const QUrl url(QStringLiteral("http://127.0.0.1:1/v1/completions"));
        c.start(url, StreamConnection::postRequest(url, "{}", {}), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(finished.size(), 0); // reported from the event loop, never inside start()
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!c.error().isEmpty());
    }

    // Current vLLM: the exact peak of requests in flight; an end and a start at the same instant
    // do not overlap.
    void peakConcurrency()
    {
        const auto request = [](double start, double latency) {
            RequestOutput o;
            o.success = true;
            o.startTime = start;
            o.sentNs = qint64(start * 1e9); // vLLM's start_times are the send times on the monotonic clock
            o.latency = latency;
            o.ttft = latency / 2;
            o.itl = {latency / 2};
            o.outputTokens = 2;
            return o;
        };
        BenchResult r;
        computeMetrics(r, {request(0, 1), request(1, 1), request(2, 0.5)}, 3, {}, {99});
        QCOMPARE(r.maxConcurrentRequests, 1.0);
        computeMetrics(r, {request(0, 1), request(0.5, 1), request(0.6, 1)}, 3, {}, {99});
        QCOMPARE(r.maxConcurrentRequests, 3.0);
        QCOMPARE(r.latencies, (QList<double> {1, 1, 1}));
        QCOMPARE(r.startTimes, (QList<double> {0, 0.5, 0.6}));
    }
};

QTEST_GUILESS_MAIN(TestBenchStream)
#include "tst_bench_stream.moc"
