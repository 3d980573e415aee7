// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Other projects' test vectors for server-sent events and OpenAI streams, as data files
// (tests/fixtures/conformance/sse/SOURCES.md): rexxars/eventsource-parser, web-platform-tests
// eventsource/format-*, openai-python and openai-node. Each runs through SseParser (and the
// OpenAI stream rules where it says what a client makes of the events) as it arrived, whole,
// cut in two at every byte, and one byte at a time.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/serving/OpenAiJson.h"
#include "core/serving/SseParser.h"

#include "FixturePaths.h"

using namespace npufleet::serving;

namespace {

QJsonObject load(const QString& file)
{
    QFile f(QStringLiteral(NPUFLEET_SOURCE_DIR "/tests/fixtures/conformance/sse/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QList<QByteArray> chunksOf(const QJsonObject& vector)
{
    QList<QByteArray> out;
    for (const QJsonValue& c : vector.value(QStringLiteral("chunks")).toArray()) {
        if (c.isObject())
            out.append(c.toObject()
                           .value(QStringLiteral("repeat"))
                           .toString()
                           .toUtf8()
                           .repeated(c.toObject().value(QStringLiteral("times")).toInt()));
        else
            out.append(c.toString().toUtf8());
    }
    for (const QJsonValue& c : vector.value(QStringLiteral("chunks_hex")).toArray())
        out.append(QByteArray::fromHex(c.toString().toLatin1()));
    return out;
}

// What a parse gave, in the fixture's terms.
struct Parsed
{
    QJsonArray events;
    QJsonArray retry;
    QJsonArray comments;
    QString lastEventId;
};

Parsed parse(const QList<QByteArray>& chunks)
{
    SseParser parser;
    parser.setKeepNotes(true);
    Parsed p;
    for (const QByteArray& c : chunks) {
        for (const SseEvent& e : parser.feed(c))
            p.events.append(QJsonObject {{QStringLiteral("type"), QString::fromUtf8(e.event)},
                                         {QStringLiteral("data"), QString::fromUtf8(e.data)},
                                         {QStringLiteral("id"), QString::fromUtf8(e.id)}});
    }
    parser.finish();
    for (const SseNote& n : parser.takeNotes()) {
        if (n.kind == SseNote::Kind::Retry)
            p.retry.append(n.retryMs);
        else
            p.comments.append(QString::fromUtf8(n.comment));
    }
    p.lastEventId = QString::fromUtf8(parser.lastEventId());
    return p;
}

// What the OpenAI clients' rules make of the events: the JSON values yielded and how it ended.
struct Read
{
    QJsonArray yields;
    QString outcome = QStringLiteral("end");
    QString message;
};

Read readStream(const QList<QByteArray>& chunks)
{
    SseParser parser;
    Read r;
    for (const QByteArray& c : chunks) {
        for (const SseEvent& e : parser.feed(c)) {
            if (r.outcome != QLatin1String("end"))
                return r;
            const StreamItem item = readStreamEvent(e);
            if (item.kind == StreamItem::Kind::Done) {
                r.outcome = QStringLiteral("done");
            } else if (item.kind == StreamItem::Kind::Error) {
                r.outcome = item.error.kind == ServingError::Kind::BadResponse ? QStringLiteral("malformed")
                                                                               : QStringLiteral("error");
                r.message = item.error.message;
            } else {
                r.yields.append(item.json);
            }
        }
    }
    return r;
}

QList<QList<QByteArray>> everySplit(const QList<QByteArray>& chunks)
{
    const QByteArray all = chunks.join();
    QList<QList<QByteArray>> out = {chunks, {all}};
    if (all.size() <= 4096) {
        for (qsizetype i = 1; i < all.size(); ++i)
            out.append({all.left(i), all.mid(i)});
        QList<QByteArray> bytes;
        for (char c : all)
            bytes.append(QByteArray(1, c));
        out.append(bytes);
    }
    return out;
}

QString compact(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

void addRows(const QString& file, const QString& key)
{
    const QJsonArray vectors = load(file).value(key).toArray();
    for (const QJsonValue& v : vectors)
        QTest::newRow(qPrintable(file + QStringLiteral(": ") + v.toObject().value(QStringLiteral("name")).toString()))
            << v.toObject();
}

} // namespace

class TestSseConformance : public QObject
{
    Q_OBJECT
private slots:
    void events_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        addRows(QStringLiteral("eventsource-parser.json"), QStringLiteral("vectors"));
        addRows(QStringLiteral("wpt.json"), QStringLiteral("vectors"));
        addRows(QStringLiteral("openai.json"), QStringLiteral("python_decoder"));
        addRows(QStringLiteral("openai.json"), QStringLiteral("node_decoder"));
        addRows(QStringLiteral("utf8.json"), QStringLiteral("vectors"));
    }
    void events()
    {
        QFETCH(QJsonObject, vector);
        const QJsonArray expected = vector.value(QStringLiteral("events")).toArray();
        for (const QList<QByteArray>& chunks : everySplit(chunksOf(vector))) {
            const Parsed p = parse(chunks);
            if (p.events != expected)
                QFAIL(qPrintable(QStringLiteral("%1 chunk(s): expected %2\n got %3")
                                     .arg(chunks.size())
                                     .arg(compact(expected).left(2000), compact(p.events).left(2000))));
            if (vector.contains(QStringLiteral("retry")))
                QCOMPARE(p.retry, vector.value(QStringLiteral("retry")).toArray());
            if (vector.contains(QStringLiteral("comments")))
                QCOMPARE(p.comments, vector.value(QStringLiteral("comments")).toArray());
            if (vector.contains(QStringLiteral("last_event_id")))
                QCOMPARE(p.lastEventId, vector.value(QStringLiteral("last_event_id")).toString());
        }
    }

    void openAiStreamRules_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        addRows(QStringLiteral("openai.json"), QStringLiteral("stream_rules"));
        addRows(QStringLiteral("utf8.json"), QStringLiteral("stream_rules"));
    }
    void openAiStreamRules()
    {
        QFETCH(QJsonObject, vector);
        for (const QList<QByteArray>& chunks : everySplit(chunksOf(vector))) {
            const Read r = readStream(chunks);
            QCOMPARE(r.outcome, vector.value(QStringLiteral("outcome")).toString());
            QCOMPARE(r.yields, vector.value(QStringLiteral("yields")).toArray());
            if (vector.contains(QStringLiteral("error_message")))
                QCOMPARE(r.message, vector.value(QStringLiteral("error_message")).toString());
        }
    }

    void contentTypes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("accepted");
        for (const QJsonValue& v : load(QStringLiteral("wpt.json")).value(QStringLiteral("content_types")).toArray())
            QTest::newRow(qPrintable(v.toObject().value(QStringLiteral("content_type")).toString()))
                << v.toObject().value(QStringLiteral("content_type")).toString()
                << v.toObject().value(QStringLiteral("accepted")).toBool();
    }
    void contentTypes()
    {
        QFETCH(QString, type);
        QFETCH(bool, accepted);
        QCOMPARE(isEventStreamType(type.toUtf8()), accepted);
    }
};

QTEST_GUILESS_MAIN(TestSseConformance)
#include "tst_sse_conformance.moc"
