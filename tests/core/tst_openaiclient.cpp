// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTestEventLoop>

#include "core/serving/ChatCall.h"
#include "core/serving/ModelsCall.h"
#include "core/serving/OpenAiClient.h"
#include "core/serving/OpenAiJson.h"
#include "core/serving/ReplyStats.h"

#include "HttpFixture.h"

using namespace npufleet::serving;
using npufleet::test::HttpFixture;
using npufleet::test::HttpResponse;

namespace {

const QString kAnswer = QStringLiteral("你好！我是运行在昇腾 910B 上的模型。\n\n- 列表项 ✅\n- `code` 🚀");
const QString kThinking = QStringLiteral("用户在打招呼，先想一想……");

QByteArray sseChunk(const QString& content, const QString& reasoning = {}, const QString& finish = {})
{
    QJsonObject delta;
    if (!content.isNull())
        delta.insert(QStringLiteral("content"), content);
    if (!reasoning.isEmpty())
        delta.insert(QStringLiteral("reasoning_content"), reasoning);
    QJsonObject choice {{QStringLiteral("index"), 0}, {QStringLiteral("delta"), delta}};
    choice.insert(QStringLiteral("finish_reason"), finish.isEmpty() ? QJsonValue() : QJsonValue(finish));
    const QJsonObject obj {{QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
                           {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("model"), QStringLiteral("qwen3")},
                           {QStringLiteral("choices"), QJsonArray {choice}}};
    return "data: " + QJsonDocument(obj).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray usageChunk(int prompt, int completion)
{
    return "data: {\"id\":\"chatcmpl-1\",\"choices\":[],\"usage\":{\"prompt_tokens\":" + QByteArray::number(prompt)
        + ",\"completion_tokens\":" + QByteArray::number(completion)
        + ",\"total_tokens\":" + QByteArray::number(prompt + completion) + "}}\n\n";
}

// The reply as a server streams it: thinking, then the answer a few characters per chunk, then usage.
QByteArray chineseStream(bool withDone = true, bool withFinish = true)
{
    QByteArray s = sseChunk(QString(), kThinking.left(5)) + sseChunk(QString(), kThinking.mid(5));
    for (qsizetype i = 0; i < kAnswer.size(); i += 4)
        s += sseChunk(kAnswer.mid(i, 4));
    if (withFinish)
        s += sseChunk(QStringLiteral(""), {}, QStringLiteral("stop"));
    s += usageChunk(12, 17);
    if (withDone)
        s += "data: [DONE]\n\n";
    return s;
}

} // namespace

class TestOpenAiClient : public QObject
{
    Q_OBJECT

private:
    ChatRequest request() const
    {
        ChatRequest r;
        r.endpoint.baseUrl = m_server.url(QStringLiteral("/v1"));
        r.model = QStringLiteral("qwen3");
        r.messages = {{QStringLiteral("user"), QStringLiteral("你好")}};
        return r;
    }
    ChatResult run(const ChatRequest& r, QString* streamed = nullptr, int timeoutMs = 10000)
    {
        ChatCall* call = m_client.chat(r);
        ChatResult result;
        bool done = false;
        connect(call, &ChatCall::deltaReceived, this, [streamed](const ChatDelta& d) {
            if (streamed)
                *streamed += d.content;
        });
        connect(call, &ChatCall::finished, this, [&](const ChatResult& res) {
            result = res;
            done = true;
            QTestEventLoop::instance().exitLoop();
        });
        // Returns as soon as the reply is done (QTRY_* would poll in 50 ms steps: too slow for
        // the thousands of requests of the split test).
        if (!done)
            QTestEventLoop::instance().enterLoopMSecs(timeoutMs);
        if (!done)
            result.error.message = QStringLiteral("test timeout");
        return result;
    }

    HttpFixture m_server;
    OpenAiClient m_client;

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }
    void init() { m_server.clear(); }

    void endpointUrls_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("v1") << "http://h:8000/v1"
                            << "http://h:8000/v1/chat/completions";
        QTest::newRow("v1/") << "http://h:8000/v1/"
                             << "http://h:8000/v1/chat/completions";
        QTest::newRow("bare") << "http://h:8000"
                              << "http://h:8000/v1/chat/completions";
        QTest::newRow("prefix") << "https://gw/llm/v1"
                                << "https://gw/llm/v1/chat/completions";
    }
    void endpointUrls()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        QCOMPARE(endpointUrl(QUrl(base), apiPath(ApiKind::Chat)).toString(), expected);
    }

    void requestCarriesOptionsAndKey()
    {
        m_server.enqueue(HttpResponse::sse({chineseStream()}));
        ChatRequest r = request();
        r.endpoint.apiKey = QStringLiteral("sk-test");
        r.sampling.temperature = 0.6;
        r.sampling.topP = 0.95;
        r.sampling.maxTokens = 256;
        r.sampling.seed = 42;
        r.sampling.stop = {QStringLiteral("</s>")};
        QVERIFY(run(r).ok());
        QCOMPARE(m_server.requests().size(), 1);
        const auto& req = m_server.requests().first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.target, QByteArray("/v1/chat/completions"));
        QCOMPARE(req.header("authorization"), QByteArray("Bearer sk-test"));
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("qwen3"));
        QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")),
                 QJsonValue(true));
        QCOMPARE(body.value(QStringLiteral("messages")).toArray().at(0).toObject().value(QStringLiteral("content")),
                 QJsonValue(QStringLiteral("你好")));
        QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 0.6);
        QCOMPARE(body.value(QStringLiteral("top_p")).toDouble(), 0.95);
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 256);
        QCOMPARE(body.value(QStringLiteral("seed")).toInt(), 42);
        QCOMPARE(body.value(QStringLiteral("stop")).toArray().at(0).toString(), QStringLiteral("</s>"));
    }

    void streamInOneRead()
    {
        m_server.enqueue(HttpResponse::sse({chineseStream()}));
        QString streamed;
        const ChatResult result = run(request(), &streamed);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.content, kAnswer);
        QCOMPARE(streamed, kAnswer);
        QCOMPARE(result.reasoning, kThinking); // thinking kept apart from the answer
        QCOMPARE(result.finishReason, QStringLiteral("stop"));
        QCOMPARE(result.usage.promptTokens, 12);
        QCOMPARE(result.usage.completionTokens, 17);
        QVERIFY(result.streamed);
        const ReplyStats stats = ReplyStats::from(result);
        QCOMPARE(stats.completionTokens, 17);
        QVERIFY(!stats.estimated);
        QVERIFY(stats.ttftMs >= 0);
    }

    // The whole Chinese reply cut in two at every byte, over a real socket, both framings.
    void splitAtEveryByte_data()
    {
        QTest::addColumn<int>("framing");
        QTest::newRow("close-delimited") << int(HttpResponse::Framing::Close);
        QTest::newRow("chunked") << int(HttpResponse::Framing::Chunked);
    }
    void splitAtEveryByte()
    {
        QFETCH(int, framing);
        const QByteArray all = chineseStream();
        for (qsizetype i = 1; i < all.size(); ++i) {
            HttpResponse response = HttpResponse::sse({all.left(i), all.mid(i)}, 1);
            response.framing = HttpResponse::Framing(framing);
            m_server.enqueue(response);
            const ChatResult result = run(request());
            if (!result.ok() || result.content != kAnswer || result.reasoning != kThinking)
                QFAIL(qPrintable(
                    QStringLiteral("split at %1: %2 / %3").arg(i).arg(result.error.toString(), result.content)));
        }
    }

    void delaysGiveTimeToFirstToken()
    {
        m_server.enqueue(HttpResponse::sse({": ping\n\n", sseChunk(QStringLiteral("慢")),
                                            sseChunk(QStringLiteral("慢")), usageChunk(3, 2), "data: [DONE]\n\n"},
                                           60));
        const ChatResult result = run(request());
        QVERIFY(result.ok());
        QCOMPARE(result.content, QStringLiteral("慢慢"));
        const ReplyStats stats = ReplyStats::from(result);
        QVERIFY2(stats.ttftMs >= 100, qPrintable(QString::number(stats.ttftMs)));
        QVERIFY(stats.tokensPerSecond > 0);
        QVERIFY(stats.durationMs >= stats.ttftMs);
    }

    void doneMissing_data()
    {
        QTest::addColumn<bool>("withFinish");
        QTest::addColumn<bool>("ok");
        QTest::newRow("finish_reason then close: complete") << true << true;
        QTest::newRow("no finish_reason: cut") << false << false;
    }
    void doneMissing()
    {
        QFETCH(bool, withFinish);
        QFETCH(bool, ok);
        m_server.enqueue(HttpResponse::sse({chineseStream(false, withFinish)}));
        const ChatResult result = run(request());
        QCOMPARE(result.ok(), ok);
        if (!ok)
            QCOMPARE(result.error.kind, ServingError::Kind::Truncated);
        QCOMPARE(result.content, kAnswer); // the partial answer is kept either way
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("400 vLLM")
            << 400
            << QByteArray(
                   R"({"object":"error","message":"This model\u0027s maximum context length is 4096 tokens.","type":"BadRequestError","param":null,"code":400})")
            << "This model's maximum context length is 4096 tokens.";
        QTest::newRow("401 OpenAI")
            << 401
            << QByteArray(
                   R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}})")
            << "Incorrect API key provided";
        QTest::newRow("404 model")
            << 404
            << QByteArray(
                   R"({"error":{"message":"The model `qwen3` does not exist.","type":"NotFoundError","code":404}})")
            << "The model `qwen3` does not exist.";
        QTest::newRow("500 text") << 500 << QByteArray("Internal Server Error") << "Internal Server Error";
        QTest::newRow("422 FastAPI") << 422 << QByteArray(R"({"detail":"模型名称无效"})") << "模型名称无效";
    }
    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        m_server.enqueue(HttpResponse::json(status, body));
        const ChatResult result = run(request());
        QCOMPARE(result.error.kind, ServingError::Kind::Http);
        QCOMPARE(result.error.httpStatus, status);
        QCOMPARE(result.error.message, message);
        QVERIFY(result.error.toString().contains(QString::number(status)));
    }

    void errorObjectMidStream()
    {
        const QByteArray err
            = R"(data: {"error":{"message":"NPU out of memory","type":"InternalServerError","code":500}})"
              "\n\n";
        m_server.enqueue(HttpResponse::sse({sseChunk(QStringLiteral("部分")), err, "data: [DONE]\n\n"}));
        const ChatResult result = run(request());
        QCOMPARE(result.error.kind, ServingError::Kind::Api);
        QCOMPARE(result.error.message, QStringLiteral("NPU out of memory"));
        QCOMPARE(result.content, QStringLiteral("部分"));
    }

    // The OpenAI clients' rules: nothing after [DONE] is used, and the call ends at [DONE] without
    // waiting for the server to close the connection.
    void nothingAfterDone()
    {
        HttpResponse response = HttpResponse::sse(
            {sseChunk(QStringLiteral("答")), "data: [DONE]\n\n", sseChunk(QStringLiteral("多余")),
             "event: error\ndata: {\"error\":{\"message\":\"too late\"}}\n\n"});
        response.ending = HttpResponse::Ending::Hang;
        m_server.enqueue(response);
        QString streamed;
        const ChatResult result = run(request(), &streamed, 5000);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.content, QStringLiteral("答"));
        QCOMPARE(streamed, QStringLiteral("答"));
    }

    // An event named error ends the reply with its message, whatever shape its data has; nothing
    // after it is shown.
    void namedErrorEvent()
    {
        m_server.enqueue(HttpResponse::sse({sseChunk(QStringLiteral("部分")),
                                            "event: error\ndata: {\"message\":\"engine dead\"}\n\n",
                                            sseChunk(QStringLiteral("不该显示")), "data: [DONE]\n\n"}));
        const ChatResult result = run(request());
        QCOMPARE(result.error.kind, ServingError::Kind::Api);
        QCOMPARE(result.error.message, QStringLiteral("engine dead"));
        QCOMPARE(result.content, QStringLiteral("部分"));
    }

    // An ill-formed UTF-8 byte becomes U+FFFD, as the event-stream standard decodes; the reply is
    // not failed as "not JSON".
    void invalidUtf8BecomesReplacementCharacter()
    {
        m_server.enqueue(HttpResponse::sse(
            {"data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\xff\xe4\xbd\"}}]}\n\n", "data: [DONE]\n\n"}));
        const ChatResult result = run(request());
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.content, QStringLiteral("a\uFFFD\uFFFD"));
    }

    void connectionResetMidStream()
    {
        HttpResponse response
            = HttpResponse::sse({sseChunk(QStringLiteral("前半")), sseChunk(QStringLiteral("句"))}, 5);
        response.ending = HttpResponse::Ending::Reset;
        m_server.enqueue(response);
        const ChatResult result = run(request());
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ServingError::Kind::Network);
        QCOMPARE(result.content, QStringLiteral("前半句"));
    }

    void tenMegabyteStream()
    {
        QString expected;
        QByteArray stream;
        const QString piece = QStringLiteral("昇腾NPU-") + QString(200, QLatin1Char('x'));
        while (stream.size() < 10 * 1024 * 1024) {
            expected += piece;
            stream += sseChunk(piece);
        }
        stream += "data: [DONE]\n\n";
        QList<QByteArray> pieces;
        for (qsizetype pos = 0; pos < stream.size(); pos += 1 << 20)
            pieces.append(stream.mid(pos, 1 << 20));
        m_server.enqueue(HttpResponse::sse(pieces));
        const ChatResult result = run(request(), nullptr, 60000);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.content.size(), expected.size());
        QVERIFY(result.content == expected);
        const ReplyStats stats = ReplyStats::from(result);
        QVERIFY(stats.estimated); // no usage chunk: counted from chunks
        QCOMPARE(stats.completionTokens, result.contentChunks);
    }

    void tenMegabyteJsonFallback()
    {
        // A server that ignores stream:true and answers with one JSON body.
        const QString big = QString(5 * 1024 * 1024, QChar(0x4E2D)).left(10 * 1024 * 1024 / 3);
        const QJsonObject body {
            {QStringLiteral("model"), QStringLiteral("qwen3")},
            {QStringLiteral("choices"),
             QJsonArray {QJsonObject {{QStringLiteral("index"), 0},
                                      {QStringLiteral("message"),
                                       QJsonObject {{QStringLiteral("role"), QStringLiteral("assistant")},
                                                    {QStringLiteral("content"), big},
                                                    {QStringLiteral("reasoning_content"), kThinking}}},
                                      {QStringLiteral("finish_reason"), QStringLiteral("length")}}}},
            {QStringLiteral("usage"),
             QJsonObject {{QStringLiteral("prompt_tokens"), 5}, {QStringLiteral("completion_tokens"), 4096}}}};
        m_server.enqueue(HttpResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        QString streamed;
        const ChatResult result = run(request(), &streamed, 60000);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QVERIFY(!result.streamed);
        QVERIFY(result.content == big);
        QVERIFY(streamed == big); // listeners see the whole answer as one delta
        QCOMPARE(result.reasoning, kThinking);
        QCOMPARE(result.finishReason, QStringLiteral("length"));
        QCOMPARE(result.usage.completionTokens, 4096);
    }

    void nonStreamingRequest()
    {
        m_server.enqueue(HttpResponse::json(
            200,
            R"({"choices":[{"index":0,"message":{"content":"好"},"finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":1}})"));
        ChatRequest r = request();
        r.stream = false;
        QVERIFY(run(r).ok());
        const QJsonObject body = QJsonDocument::fromJson(m_server.requests().first().body).object();
        QCOMPARE(body.value(QStringLiteral("stream")).toBool(true), false);
        QVERIFY(!body.contains(QStringLiteral("stream_options")));
    }

    void completionsEndpoint()
    {
        m_server.enqueue(HttpResponse::sse({R"(data: {"choices":[{"index":0,"text":"北京"}]})"
                                            "\n\n",
                                            R"(data: {"choices":[{"index":0,"text":"是首都","finish_reason":"stop"}]})"
                                            "\n\ndata: [DONE]\n\n"}));
        ChatRequest r = request();
        r.kind = ApiKind::Completion;
        r.prompt = QStringLiteral("中国的首都是");
        const ChatResult result = run(r);
        QVERIFY(result.ok());
        QCOMPARE(result.content, QStringLiteral("北京是首都"));
        QCOMPARE(m_server.requests().first().target, QByteArray("/v1/completions"));
        QCOMPARE(QJsonDocument::fromJson(m_server.requests().first().body).object().value(QStringLiteral("prompt")),
                 QJsonValue(QStringLiteral("中国的首都是")));
    }

    void readTimeoutKeepsPartial()
    {
        HttpResponse response = HttpResponse::sse({sseChunk(QStringLiteral("等"))});
        response.ending = HttpResponse::Ending::Hang;
        m_server.enqueue(response);
        ChatRequest r = request();
        r.timeouts.readMs = 300;
        const ChatResult result = run(r);
        QCOMPARE(result.error.kind, ServingError::Kind::Timeout);
        QCOMPARE(result.content, QStringLiteral("等"));
    }

    void cancelKeepsPartial()
    {
        HttpResponse response = HttpResponse::sse({sseChunk(QStringLiteral("停"))});
        response.ending = HttpResponse::Ending::Hang;
        m_server.enqueue(response);
        ChatCall* call = m_client.chat(request());
        ChatResult result;
        bool done = false;
        connect(call, &ChatCall::deltaReceived, call, [call] { call->cancel(); });
        connect(call, &ChatCall::finished, this, [&](const ChatResult& res) {
            result = res;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(result.error.kind, ServingError::Kind::Cancelled);
        QCOMPARE(result.content, QStringLiteral("停"));
    }

    void connectionRefused()
    {
        ChatRequest r = request();
        r.endpoint.baseUrl.setPort(1); // nothing listens on 127.0.0.1:1
        const ChatResult result = run(r);
        QCOMPARE(result.error.kind, ServingError::Kind::Network);
        QVERIFY(!result.error.message.isEmpty());
    }

    void models()
    {
        m_server.setRoute(
            "/v1/models",
            HttpResponse::json(
                200,
                R"({"object":"list","data":[{"id":"qwen3","object":"model"},{"id":"deepseek-r1","object":"model"}]})"));
        ModelsResult result;
        bool done = false;
        ModelsCall* call = m_client.models(Endpoint {m_server.url(QStringLiteral("/v1/")), QStringLiteral("k")});
        connect(call, &ModelsCall::finished, this, [&](const ModelsResult& r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(!result.error.isError());
        QCOMPARE(result.ids, (QStringList {QStringLiteral("qwen3"), QStringLiteral("deepseek-r1")}));
        QCOMPARE(m_server.requests().first().method, QByteArray("GET"));
        QCOMPARE(m_server.requests().first().header("Authorization"), QByteArray("Bearer k"));
    }

    void modelsUnauthorized()
    {
        m_server.setRoute("/v1/models", HttpResponse::json(401, R"({"error":{"message":"bad key"}})"));
        ModelsResult result;
        bool done = false;
        ModelsCall* call = m_client.models(Endpoint {m_server.url(), {}});
        connect(call, &ModelsCall::finished, this, [&](const ModelsResult& r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(result.error.httpStatus, 401);
        QCOMPARE(result.error.message, QStringLiteral("bad key"));
    }
};

QTEST_GUILESS_MAIN(TestOpenAiClient)
#include "tst_openaiclient.moc"
