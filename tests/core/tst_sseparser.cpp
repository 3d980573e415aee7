// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QRandomGenerator>
#include <QTest>

#include "core/serving/SseParser.h"

using npufleet::serving::SseEvent;
using npufleet::serving::SseParser;

namespace {

// A stream with everything a server may send: BOM, comments, \r\n and \r and \n line ends,
// multi-line data, named events, ids, Chinese text, and a field without a value.
QByteArray richStream()
{
    return QByteArray("\xEF\xBB\xBF")
        + ": keep-alive\n\n"
          "data: {\"choices\":[{\"delta\":{\"content\":\"你好，\"}}]}\r\n\r\n"
          "id: 7\r"
          "data: 第一行\r"
          "data:第二行 🚀\r\r"
          "event: error\n"
          "data: {\"error\":{\"message\":\"显存不足\"}}\n"
          "\n"
          ":another comment\r\n"
          "data\n"
          "\n"
          "retry: 1000\n"
          "data:  two spaces kept\n\n"
          "data: [DONE]\n\n";
}

QList<SseEvent> parseAll(const QList<QByteArray>& pieces)
{
    SseParser parser;
    QList<SseEvent> out;
    for (const QByteArray& p : pieces)
        out += parser.feed(p);
    return out;
}

QString describe(const QList<SseEvent>& events)
{
    QStringList lines;
    for (const SseEvent& e : events)
        lines << QString::fromUtf8(e.event + '|' + e.id + '|' + e.data);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private slots:
    void wholeStream()
    {
        const QList<SseEvent> events = parseAll({richStream()});
        QCOMPARE(events.size(), 6);
        QCOMPARE(events.at(0).data, QByteArray(R"({"choices":[{"delta":{"content":"你好，"}}]})"));
        QCOMPARE(events.at(0).event, QByteArray("message"));
        QCOMPARE(events.at(1).data, QByteArray("第一行\n第二行 🚀"));
        QCOMPARE(events.at(1).id, QByteArray("7"));
        QCOMPARE(events.at(2).event, QByteArray("error"));
        QCOMPARE(events.at(3).data, QByteArray()); // "data" alone: one empty data line
        QCOMPARE(events.at(4).data, QByteArray(" two spaces kept"));
        QCOMPARE(events.at(5).data, QByteArray("[DONE]"));
    }

    void commentsAreCounted()
    {
        SseParser parser;
        QVERIFY(parser.feed(": ping\n\n: ping\n\n").isEmpty());
        QCOMPARE(parser.commentCount(), 2);
    }

    // Every way to cut the stream in two, including inside each UTF-8 character and between \r and \n.
    void everyTwoWaySplit()
    {
        const QByteArray all = richStream();
        const QString expected = describe(parseAll({all}));
        for (qsizetype i = 0; i <= all.size(); ++i) {
            const QString got = describe(parseAll({all.left(i), all.mid(i)}));
            if (got != expected)
                QFAIL(qPrintable(QStringLiteral("split at byte %1 gives:\n%2").arg(i).arg(got)));
        }
    }

    void byteByByte()
    {
        const QByteArray all = richStream();
        QList<QByteArray> pieces;
        for (char c : all)
            pieces.append(QByteArray(1, c));
        QCOMPARE(describe(parseAll(pieces)), describe(parseAll({all})));
    }

    void randomThreeWaySplits()
    {
        const QByteArray all = richStream();
        const QString expected = describe(parseAll({all}));
        QRandomGenerator rng(20260101);
        for (int round = 0; round < 2000; ++round) {
            qsizetype a = rng.bounded(int(all.size()) + 1);
            qsizetype b = rng.bounded(int(all.size()) + 1);
            if (a > b)
                std::swap(a, b);
            QCOMPARE(describe(parseAll({all.left(a), all.mid(a, b - a), all.mid(b)})), expected);
        }
    }

    void eventsCarryArrivalOfTheirLastByte()
    {
        SseParser parser;
        const auto t0 = npufleet::serving::SteadyClock::now();
        const auto t1 = t0 + std::chrono::milliseconds(5);
        QVERIFY(parser.feed("data: a", t0).isEmpty());
        const QList<SseEvent> events = parser.feed("\n\n", t1);
        QCOMPARE(events.size(), 1);
        QVERIFY(events.at(0).arrival == t1);
    }

    void cutStreamIsReported()
    {
        SseParser parser;
        QCOMPARE(parser.feed("data: {\"a\":1}\n\ndata: {\"b\"").size(), 1);
        QVERIFY(parser.pendingBytes() > 0);
        QVERIFY(parser.finish()); // a half event was dropped
        SseParser clean;
        QCOMPARE(clean.feed("data: x\n\n").size(), 1);
        QVERIFY(!clean.finish());
    }

    void bomOnlyAtStart()
    {
        QCOMPARE(parseAll({"\xEF", "\xBB",
                           "\xBF"
                           "data: x\n\n"})
                     .value(0)
                     .data,
                 QByteArray("x"));
        // A stream that starts like a BOM but is not one keeps its bytes.
        QCOMPARE(parseAll({"\xEF", "data: x\n\n"}).size(), 0); // garbage field name: ignored, no data
        QCOMPARE(parseAll({"d", "ata: y\n\n"}).value(0).data, QByteArray("y"));
    }

    void largeStreamInSmallReads()
    {
        // 10 MB of events in 4 KiB reads: the parser must stay linear.
        QByteArray event = "data: " + QByteArray(1000, 'x') + "中文\n\n";
        QByteArray all;
        all.reserve(10 * 1024 * 1024 + event.size());
        while (all.size() < 10 * 1024 * 1024)
            all += event;
        SseParser parser;
        qsizetype count = 0;
        qsizetype bytes = 0;
        for (qsizetype pos = 0; pos < all.size(); pos += 4096) {
            const QList<SseEvent> events = parser.feed(all.mid(pos, 4096));
            count += events.size();
            for (const SseEvent& e : events)
                bytes += e.data.size();
        }
        QCOMPARE(count, all.size() / event.size());
        QCOMPARE(bytes, count * (event.size() - 8));
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
