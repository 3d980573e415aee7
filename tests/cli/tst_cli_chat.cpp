// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "CliRun.h"
#include "HttpFixture.h"

using npufleet::test::CliRun;
using npufleet::test::HttpFixture;
using npufleet::test::HttpResponse;

namespace {

QByteArray chunk(const char* field, const QString& text)
{
    const QJsonObject obj {
        {QStringLiteral("choices"),
         QJsonArray {QJsonObject {{QStringLiteral("index"), 0},
                                  {QStringLiteral("delta"), QJsonObject {{QLatin1String(field), text}}}}}}};
    return "data: " + QJsonDocument(obj).toJson(QJsonDocument::Compact) + "\n\n";
}

} // namespace

class TestCliChat : public QObject
{
    Q_OBJECT

private:
    // The server runs in this process: wait with an event loop, never with waitForFinished.
    static CliRun run(const QStringList& args,
                      const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
    {
        return npufleet::test::runCliServing(QStringList {QStringLiteral("chat")} + args, env);
    }
    QStringList base() const
    {
        return {QStringLiteral("--base-url"), m_server.url(QStringLiteral("/v1")).toString(), QStringLiteral("--model"),
                QStringLiteral("qwen3")};
    }

    HttpFixture m_server;

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }
    void init() { m_server.clear(); }

    void streamsAnswerToStdoutThinkingToStderr()
    {
        m_server.enqueue(HttpResponse::sse({chunk("reasoning_content", QStringLiteral("先想一想")),
                                            chunk("content", QStringLiteral("你好，")),
                                            chunk("content", QStringLiteral("世界！")), "data: [DONE]\n\n"},
                                           5));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MY_KEY"), QStringLiteral("sk-秘密"));
        const CliRun r = run(base()
                                 + QStringList {QStringLiteral("--api-key-env"), QStringLiteral("MY_KEY"),
                                                QStringLiteral("--system"), QStringLiteral("用中文回答"),
                                                QStringLiteral("问候"), QStringLiteral("一下")},
                             env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), QStringLiteral("你好，世界！\n"));
        QVERIFY(r.err.contains(QStringLiteral("先想一想")));
        QVERIFY(!r.outText().contains(QStringLiteral("先想一想")));
        const auto& req = m_server.requests().first();
        QCOMPARE(req.header("authorization"), QStringLiteral("Bearer sk-秘密").toUtf8());
        const QJsonArray messages
            = QJsonDocument::fromJson(req.body).object().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("问候 一下"));
    }

    void serverErrorExitsOne()
    {
        m_server.enqueue(HttpResponse::json(
            404,
            R"({"object":"error","message":"The model `qwen3` does not exist.","type":"NotFoundError","code":404})"));
        const CliRun r = run(base() + QStringList {QStringLiteral("hi")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("The model `qwen3` does not exist.")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("404")));
    }

    void cutStreamKeepsPartialAndExitsOne()
    {
        HttpResponse response = HttpResponse::sse({chunk("content", QStringLiteral("半句"))});
        response.ending = HttpResponse::Ending::Reset;
        m_server.enqueue(response);
        const CliRun r = run(base() + QStringList {QStringLiteral("hi")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.outText(), QStringLiteral("半句\n"));
        QVERIFY(r.err.contains(QStringLiteral("npufleet chat:")));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no url") << QStringList {QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("hi")};
        QTest::newRow("bad url") << QStringList {QStringLiteral("--base-url"), QStringLiteral("10.0.0.1:8000"),
                                                 QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("hi")};
        QTest::newRow("no prompt") << QStringList {QStringLiteral("--base-url"), QStringLiteral("http://h:1/v1"),
                                                   QStringLiteral("--model"), QStringLiteral("m")};
        QTest::newRow("unset key var") << QStringList {
            QStringLiteral("--base-url"), QStringLiteral("http://h:1"),    QStringLiteral("--model"),
            QStringLiteral("m"),          QStringLiteral("--api-key-env"), QStringLiteral("NPUFLEET_TEST_UNSET_VAR"),
            QStringLiteral("hi")};
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        const CliRun r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("npufleet chat")));
        QVERIFY(m_server.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliChat)
#include "tst_cli_chat.moc"
