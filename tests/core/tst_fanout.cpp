// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fan-out executor on 8 real sshd nodes (one of them down), the line splitter and --hosts lists.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "core/remote/FanOut.h"
#include "core/remote/LineSplitter.h"
#include "core/remote/SshHostList.h"
#include "core/remote/SshTransport.h"

#include "SshdFixture.h"

using namespace npufleet;
using namespace npufleet::remote;
using npufleet::test::SshdFixture;

namespace {
constexpr int kNodes = 8;
constexpr int kDown = 5; // no sshd: its port refuses connections
} // namespace

class TestFanOut : public QObject
{
    Q_OBJECT

private:
    SshdFixture m_cluster {kNodes};
    std::shared_ptr<SshTransport> m_transport;

private slots:
    void initTestCase()
    {
        m_cluster.setDown(kDown);
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        SshTransportOptions o = m_cluster.transportOptions();
        o.connectTimeoutMs = 5'000;
        m_transport = std::make_shared<SshTransport>(o);
    }
    void cleanupTestCase()
    {
        m_transport.reset();
        m_cluster.stop();
    }

    void lineSplitter_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::addColumn<QList<QByteArray>>("lines");
        using L = QList<QByteArray>;
        QTest::newRow("one chunk") << L {"a\nb\n"} << L {"a", "b"};
        QTest::newRow("cut mid-line") << L {"hel", "lo\nwor", "ld"} << L {"hello", "world"};
        QTest::newRow("crlf") << L {"a\r", "\nb\r\n"} << L {"a", "b"};
        QTest::newRow("empty lines") << L {"\n\nx\n"} << L {"", "", "x"};
        QTest::newRow("overlong") << L {"abcdefghij", "kl\n"} << L {"abcdefgh", "ijkl"};
        QTest::newRow("binary") << L {QByteArray("\xff\0\xfe\n", 4)} << L {QByteArray("\xff\0\xfe", 3)};
    }
    void lineSplitter()
    {
        QFETCH(QList<QByteArray>, chunks);
        QFETCH(QList<QByteArray>, lines);
        QList<QByteArray> got;
        LineSplitter splitter([&](const QByteArray& line) { got << line; }, 8);
        for (const QByteArray& chunk : chunks)
            splitter.feed(chunk);
        splitter.finish();
        QCOMPARE(got, lines);
    }

    void hostList_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QStringList>("expected"); // name|user|host|port
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QStringLiteral("a,b")
                               << QStringList {QStringLiteral("a||a|22"), QStringLiteral("b||b|22")} << true;
        QTest::newRow("user and port") << QStringLiteral("ops@127.0.0.2:2222")
                                       << QStringList {QStringLiteral("127.0.0.2|ops|127.0.0.2|2222")} << true;
        QTest::newRow("same host twice") << QStringLiteral("h:1,h:2")
                                         << QStringList {QStringLiteral("h:1||h|1"), QStringLiteral("h:2||h|2")}
                                         << true;
        QTest::newRow("ipv6") << QStringLiteral("[::1]:2200") << QStringList {QStringLiteral("::1||::1|2200")} << true;
        QTest::newRow("bad port") << QStringLiteral("h:99999") << QStringList {} << false;
        QTest::newRow("empty") << QStringLiteral(",") << QStringList {} << false;
    }
    void hostList()
    {
        QFETCH(QString, list);
        QFETCH(QStringList, expected);
        QFETCH(bool, ok);
        const auto nodes = parseHostList(list);
        QCOMPARE(bool(nodes), ok);
        if (!ok)
            return;
        QStringList got;
        for (const cluster::Node& n : *nodes)
            got << QStringLiteral("%1|%2|%3|%4").arg(n.name, n.user, n.host).arg(n.port);
        QCOMPARE(got, expected);
    }

    void blockingFanOutToEightNodes()
    {
        std::atomic_bool cancel {false};
        QStringList lines;
        QElapsedTimer timer;
        timer.start();
        const QList<FanOutResult> results
            = FanOut::run(*m_transport, m_cluster.nodes(), {QStringLiteral("hostname; echo two"), 20'000, {}}, cancel,
                          0, [&](const QString& node, Stream stream, const QByteArray& line) {
                              if (stream == Stream::Stdout)
                                  lines << node + QStringLiteral(": ") + QString::fromUtf8(line);
                          });
        QCOMPARE(results.size(), kNodes);
        for (int i = 0; i < kNodes; ++i) {
            QCOMPARE(results.at(i).node, m_cluster.nodeName(i));
            if (i == kDown) {
                QCOMPARE(results.at(i).result.status, ExecStatus::Unreachable);
                continue;
            }
            QVERIFY2(results.at(i).result.succeeded(), qPrintable(results.at(i).result.message));
            QVERIFY(lines.contains(QStringLiteral("%1: %1").arg(m_cluster.nodeName(i))));
            QVERIFY(lines.contains(QStringLiteral("%1: two").arg(m_cluster.nodeName(i))));
        }
        QCOMPARE(lines.size(), 2 * (kNodes - 1));
        qInfo("fan-out of 8 nodes (one down): %lld ms", timer.elapsed());
    }

    void queuedSignalsWithBoundedConcurrency()
    {
        FanOut fanOut(m_transport);
        fanOut.setConcurrency(3);
        QSignalSpy started(&fanOut, &FanOut::nodeStarted);
        QSignalSpy lines(&fanOut, &FanOut::outputLine);
        QSignalSpy finishedNodes(&fanOut, &FanOut::nodeFinished);
        QSignalSpy done(&fanOut, &FanOut::finished);
        fanOut.start(m_cluster.nodes(), {QStringLiteral("echo out; echo err >&2; exit 4"), 20'000, {}});
        QVERIFY(fanOut.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30'000);
        QCOMPARE(started.size(), kNodes);
        QCOMPARE(finishedNodes.size(), kNodes);
        QCOMPARE(lines.size(), 2 * (kNodes - 1));
        const QList<FanOutResult> results = fanOut.results();
        for (int i = 0; i < kNodes; ++i) {
            const ExecResult& r = results.at(i).result;
            QCOMPARE(r.status, i == kDown ? ExecStatus::Unreachable : ExecStatus::Ok);
            if (i != kDown)
                QCOMPARE(r.exitStatus, 4);
        }
    }

    void cancelReachesEveryNode()
    {
        FanOut fanOut(m_transport);
        QSignalSpy done(&fanOut, &FanOut::finished);
        QSignalSpy lines(&fanOut, &FanOut::outputLine);
        connect(&fanOut, &FanOut::outputLine, &fanOut, [&fanOut] { fanOut.cancel(); });
        QElapsedTimer timer;
        timer.start();
        fanOut.start(m_cluster.nodes(), {QStringLiteral("echo go; sleep 30"), 60'000, {}});
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20'000);
        QVERIFY(timer.elapsed() < 15'000);
        int cancelled = 0;
        for (const FanOutResult& r : fanOut.results())
            cancelled += r.result.status == ExecStatus::Cancelled ? 1 : 0;
        QVERIFY(cancelled >= 1);
    }
};

QTEST_GUILESS_MAIN(TestFanOut)
#include "tst_fanout.moc"
