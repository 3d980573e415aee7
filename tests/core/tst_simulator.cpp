// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated vLLM server of demo deployments: the OpenAI API it streams (read with core's own
// SSE parser and stream rules), /v1/models, /health and a /metrics page that parses as Prometheus
// reads it, at the speeds of its profile, through the same clients as real servers (sim:// URLs).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <memory>

#include "core/bench/BenchRunner.h"
#include "core/bench/Dataset.h"
#include "core/monitoring/MetricsPoller.h"
#include "core/monitoring/PrometheusText.h"
#include "core/monitoring/ServerMetrics.h"
#include "core/project/DemoProjects.h"
#include "core/serving/ChatCall.h"
#include "core/serving/DeploymentEndpoints.h"
#include "core/serving/ModelsCall.h"
#include "core/serving/NetworkAccess.h"
#include "core/serving/OpenAiClient.h"
#include "core/serving/OpenAiJson.h"
#include "core/serving/SseParser.h"
#include "core/sim/ServingProfile.h"
#include "core/sim/SimulatedExchange.h"
#include "core/sim/SimulatedHistogram.h"
#include "core/sim/SimulatedNetwork.h"
#include "core/sim/SimulatedServer.h"

using namespace npufleet;
using sim::ServingProfile;
using sim::SimulatedNetwork;
using sim::SimulatedServer;

namespace {

// A quiet server (no background traffic, no history) with round figures.
ServingProfile testProfile()
{
    ServingProfile p;
    p.servedModel = QStringLiteral("qwen3-30b-a3b");
    p.modelRoot = QStringLiteral("/models/Qwen3-30B-A3B");
    p.deployment = QStringLiteral("qwen3");
    p.node = QStringLiteral("atlas-106");
    p.chip = QStringLiteral("910B4");
    p.tp = 4;
    p.tpot = 0.020;
    p.tpotGrowth = 0;
    p.prefillTokensPerS = 10000;
    p.prefillOverhead = 0.050;
    p.kvTokens = 100000;
    return p;
}

QByteArray chatBody(int maxTokens, bool stream = true, const QString& model = QStringLiteral("qwen3-30b-a3b"))
{
    const QJsonObject o {
        {QStringLiteral("model"), model},
        {QStringLiteral("messages"),
         QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                                  {QStringLiteral("content"), QStringLiteral("Say hello to the lab.")}}}},
        {QStringLiteral("max_completion_tokens"), maxTokens},
        {QStringLiteral("ignore_eos"), true},
        {QStringLiteral("stream"), stream},
        {QStringLiteral("stream_options"), QJsonObject {{QStringLiteral("include_usage"), true}}},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct Played
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QList<serving::SteadyClock::time_point> times;
    bool finished = false;
};

// Plays one exchange to its end.
Played play(const QUrl& url, const QByteArray& method, const QByteArray& body)
{
    Played p;
    QObject context;
    sim::SimulatedExchange* x = SimulatedNetwork::instance().open(url, method, body, &context);
    QObject::connect(x, &sim::SimulatedExchange::headReady, &context,
                     [&p](int status, const QByteArray& type, serving::SteadyClock::time_point) {
                         p.status = status;
                         p.contentType = type;
                     });
    QObject::connect(x, &sim::SimulatedExchange::dataReady, &context,
                     [&p](const QByteArray& bytes, serving::SteadyClock::time_point at) {
                         p.body += bytes;
                         p.times.append(at);
                     });
    QObject::connect(x, &sim::SimulatedExchange::finished, &context, [&p] { p.finished = true; });
    if (!QTest::qWaitFor([&p] { return p.finished; }, 20000))
        qWarning("the exchange did not finish");
    return p;
}

double seconds(serving::SteadyClock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

    std::shared_ptr<SimulatedServer> m_server;
    QUrl m_base;

private slots:
    void init()
    {
        m_server = std::make_shared<SimulatedServer>(testProfile());
        m_base = SimulatedNetwork::instance().serve(QStringLiteral("test-node"), 9001, m_server);
        QCOMPARE(m_base.toString(), QStringLiteral("sim://test-node:9001/v1"));
    }

    void chatStreamFollowsTheStreamRules()
    {
        const Played p
            = play(serving::endpointUrl(m_base, QStringLiteral("/v1/chat/completions")), "POST", chatBody(12));
        QCOMPARE(p.status, 200);
        QVERIFY(serving::isEventStreamType(p.contentType));
        // Read as every client reads it: the WHATWG event stream, then the OpenAI stream rules,
        // fed whole and byte by byte.
        for (const bool byteByByte : {false, true}) {
            serving::SseParser parser;
            QList<serving::SseEvent> events;
            if (byteByByte)
                for (const char c : p.body)
                    events += parser.feed(QByteArray(1, c));
            else
                events = parser.feed(p.body);
            parser.finish();
            QString content;
            int usageChunks = 0;
            bool done = false;
            bool sawRole = false;
            for (const serving::SseEvent& e : std::as_const(events)) {
                QVERIFY2(!done, "nothing after [DONE]");
                const serving::StreamItem item = serving::readStreamEvent(e);
                QVERIFY2(item.kind != serving::StreamItem::Kind::Error, qPrintable(item.error.toString()));
                if (item.kind == serving::StreamItem::Kind::Done) {
                    done = true;
                    continue;
                }
                const QJsonObject o = item.json.toObject();
                QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion.chunk"));
                QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("qwen3-30b-a3b"));
                const QJsonArray choices = o.value(QStringLiteral("choices")).toArray();
                if (choices.isEmpty()) {
                    ++usageChunks;
                    const QJsonObject usage = o.value(QStringLiteral("usage")).toObject();
                    QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInt(), 12);
                    QVERIFY(usage.value(QStringLiteral("prompt_tokens")).toInt() > 5);
                    continue;
                }
                const QJsonObject delta = choices.at(0).toObject().value(QStringLiteral("delta")).toObject();
                sawRole = sawRole || delta.value(QStringLiteral("role")).toString() == QLatin1String("assistant");
                content += delta.value(QStringLiteral("content")).toString();
            }
            QVERIFY(done);
            QVERIFY(sawRole);
            QCOMPARE(usageChunks, 1);
            QVERIFY2(content.contains(QStringLiteral("simulated")), qPrintable(content));
        }
    }

    void clientStreamsAtTheProfilesSpeed()
    {
        serving::OpenAiClient client;
        serving::ChatRequest request;
        request.endpoint.baseUrl = m_base;
        request.model = QStringLiteral("qwen3-30b-a3b");
        request.messages = {{QStringLiteral("user"), QStringLiteral("hi")}};
        request.sampling.maxTokens = 40;
        request.extraBody.insert(QStringLiteral("ignore_eos"), true);
        serving::ChatCall* call = client.chat(request);
        QSignalSpy done(call, &serving::ChatCall::finished);
        QVERIFY(done.wait(20000));
        const auto result = done.at(0).at(0).value<serving::ChatResult>();
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QVERIFY(result.streamed);
        QCOMPARE(result.usage.completionTokens, 40);
        QCOMPARE(result.finishReason, QStringLiteral("length"));
        QVERIFY(result.firstToken.has_value());
        const double ttft = seconds(*result.firstToken - result.sent);
        const double expected = testProfile().idleTtft(result.usage.promptTokens);
        QVERIFY2(ttft >= expected * 0.9 && ttft < expected + 0.1, qPrintable(QString::number(ttft)));
        const double tpot = seconds(result.lastToken - *result.firstToken) / 39;
        QVERIFY2(tpot > 0.020 * 0.9 && tpot < 0.020 * 1.5, qPrintable(QString::number(tpot)));
    }

    void wholeReplyWhenNotStreaming()
    {
        const Played p
            = play(serving::endpointUrl(m_base, QStringLiteral("/v1/chat/completions")), "POST", chatBody(8, false));
        QCOMPARE(p.status, 200);
        QCOMPARE(p.contentType, QByteArray("application/json"));
        const QJsonObject o = QJsonDocument::fromJson(p.body).object();
        QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
        const QJsonObject message
            = o.value(QStringLiteral("choices")).toArray().at(0).toObject().value(QStringLiteral("message")).toObject();
        QCOMPARE(message.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        QVERIFY(!message.value(QStringLiteral("content")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("usage")).toObject().value(QStringLiteral("completion_tokens")).toInt(), 8);
    }

    void completionsStreamText()
    {
        const QJsonObject body {{QStringLiteral("model"), QStringLiteral("qwen3-30b-a3b")},
                                {QStringLiteral("prompt"), QStringLiteral("one two three four")},
                                {QStringLiteral("max_tokens"), 5},
                                {QStringLiteral("stream"), true}};
        const Played p = play(serving::endpointUrl(m_base, QStringLiteral("/v1/completions")), "POST",
                              QJsonDocument(body).toJson());
        serving::SseParser parser;
        const QList<serving::SseEvent> events = parser.feed(p.body);
        QCOMPARE(events.size(), 6); // five tokens, [DONE]; no usage unless asked for
        const QJsonObject last = QJsonDocument::fromJson(events.at(4).data).object();
        QCOMPARE(last.value(QStringLiteral("object")).toString(), QStringLiteral("text_completion"));
        QCOMPARE(
            last.value(QStringLiteral("choices")).toArray().at(0).toObject().value(QStringLiteral("finish_reason")),
            QJsonValue(QStringLiteral("length")));
        QCOMPARE(events.at(5).data, QByteArray("[DONE]"));
    }

    void modelsHealthAndErrors()
    {
        serving::OpenAiClient client;
        serving::ModelsCall* models = client.models({m_base, {}});
        QSignalSpy listed(models, &serving::ModelsCall::finished);
        QVERIFY(listed.wait(5000));
        QCOMPARE(listed.at(0).at(0).value<serving::ModelsResult>().ids, QStringList {QStringLiteral("qwen3-30b-a3b")});

        serving::NetworkAccess access;
        QNetworkReply* health = access.get(QNetworkRequest(QUrl(QStringLiteral("sim://test-node:9001/health"))));
        QSignalSpy healthDone(health, &QNetworkReply::finished);
        QVERIFY(healthDone.wait(5000));
        QCOMPARE(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(health->error(), QNetworkReply::NoError);
        QNetworkReply* missing = access.get(QNetworkRequest(QUrl(QStringLiteral("sim://test-node:9001/nothing"))));
        QSignalSpy missingDone(missing, &QNetworkReply::finished);
        QVERIFY(missingDone.wait(5000));
        QCOMPARE(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QCOMPARE(missing->error(), QNetworkReply::ContentNotFoundError);
        QNetworkReply* nobody = access.get(QNetworkRequest(QUrl(QStringLiteral("sim://nobody:1/health"))));
        QSignalSpy nobodyDone(nobody, &QNetworkReply::finished);
        QVERIFY(nobodyDone.wait(5000));
        QCOMPARE(nobody->error(), QNetworkReply::HostNotFoundError);

        serving::ChatRequest wrong;
        wrong.endpoint.baseUrl = m_base;
        wrong.model = QStringLiteral("gpt-4");
        wrong.messages = {{QStringLiteral("user"), QStringLiteral("hi")}};
        serving::ChatCall* call = client.chat(wrong);
        QSignalSpy done(call, &serving::ChatCall::finished);
        QVERIFY(done.wait(5000));
        const auto result = done.at(0).at(0).value<serving::ChatResult>();
        QCOMPARE(result.error.kind, serving::ServingError::Kind::Http);
        QCOMPARE(result.error.httpStatus, 404);
        QVERIFY2(result.error.message.contains(QStringLiteral("does not exist")), qPrintable(result.error.message));
    }

    void metricsParseAndCountTheTraffic()
    {
        const auto scrape = [] {
            const Played p = play(QUrl(QStringLiteral("sim://test-node:9001/metrics")), "GET", {});
            [&] { QCOMPARE(p.status, 200); }();
            return monitoring::parsePrometheusText(p.body);
        };
        const monitoring::PromText before = scrape();
        QVERIFY2(before.errors.isEmpty(), qPrintable(before.errors.value(0).toString()));
        for (const char* family :
             {"vllm:num_requests_running", "vllm:num_requests_waiting", "vllm:gpu_cache_usage_perc",
              "vllm:prompt_tokens_total", "vllm:generation_tokens_total", "vllm:time_to_first_token_seconds",
              "vllm:e2e_request_latency_seconds", "vllm:time_per_output_token_seconds", "vllm:request_success_total"})
            QVERIFY2(before.family(QLatin1String(family)), family);
        const monitoring::ServerMetrics m0 = monitoring::serverMetrics(before, 0);
        QVERIFY(m0.hasAny());
        QCOMPARE(*m0.running, 0.0);

        // One request in flight: running 1, KV in use; once over, the counters hold it.
        Played reply;
        QObject context;
        sim::SimulatedExchange* x = SimulatedNetwork::instance().open(
            serving::endpointUrl(m_base, QStringLiteral("/v1/chat/completions")), "POST", chatBody(20), &context);
        QObject::connect(x, &sim::SimulatedExchange::dataReady, &context,
                         [&reply](const QByteArray& b, serving::SteadyClock::time_point) { reply.body += b; });
        QObject::connect(x, &sim::SimulatedExchange::finished, &context, [&reply] { reply.finished = true; });
        QTRY_VERIFY(!reply.body.isEmpty());
        const monitoring::ServerMetrics busy = monitoring::serverMetrics(scrape(), 1);
        QCOMPARE(*busy.running, 1.0);
        QVERIFY(*busy.kvCacheUsage > 0);
        QTRY_VERIFY(reply.finished);
        const monitoring::ServerMetrics after = monitoring::serverMetrics(scrape(), 2, &busy);
        QCOMPARE(*after.running, 0.0);
        QCOMPARE(*after.generationTokens - *m0.generationTokens, 20.0);
        QVERIFY(*after.promptTokens > *m0.promptTokens);
        QCOMPARE(after.ttft.count - m0.ttft.count, 1.0);
        QCOMPARE(after.e2e.count - m0.e2e.count, 1.0);
        const double ttft = after.ttft.sum - m0.ttft.sum;
        QVERIFY2(ttft > 0.05 && ttft < 0.1, qPrintable(QString::number(ttft)));
        QVERIFY(after.generationTokensPerS.has_value());

        // The poller reads it through the same URL.
        monitoring::MetricsPoller poller;
        QSignalSpy sampled(&poller, &monitoring::MetricsPoller::sampled);
        poller.start(monitoring::metricsUrl(m_base), 10000);
        QVERIFY(sampled.wait(5000));
        QVERIFY(sampled.at(0).at(0).value<monitoring::ServerMetrics>().hasAny());
    }

    void fullBatchMakesRequestsWait()
    {
        ServingProfile p = testProfile();
        p.maxNumSeqs = 2;
        auto server = std::make_shared<SimulatedServer>(p);
        const sim::RequestPlan a = server->admit(100, 50, true);
        const sim::RequestPlan b = server->admit(100, 50, true);
        const sim::RequestPlan c = server->admit(100, 50, true);
        QCOMPARE(c.start, std::min(a.end(), b.end())); // the first slot that frees
        QVERIFY(b.firstToken >= a.firstToken + 100 / p.prefillTokensPerS - 1e-9); // one prefill at a time
        const monitoring::ServerMetrics m
            = monitoring::serverMetrics(monitoring::parsePrometheusText(server->metricsText()), 0);
        QCOMPARE(*m.running, 2.0);
        QCOMPARE(*m.waiting, 1.0);
    }

    void benchMeasuresTheProfile()
    {
        bench::DatasetConfig data;
        data.numPrompts = 20;
        data.inputLen = 200;
        data.outputLen = 16;
        bench::BenchConfig config;
        config.baseUrl = m_base;
        config.model = QStringLiteral("qwen3-30b-a3b");
        config.ignoreEos = true;
        bench::BenchRunner runner;
        QSignalSpy finished(&runner, &bench::BenchRunner::allFinished);
        runner.start(config, *bench::makeDataset(data));
        QVERIFY(finished.wait(30000));
        const bench::BenchResult r = finished.at(0).at(0).value<QList<bench::BenchResult>>().at(0);
        QCOMPARE(r.completed, 20);
        QCOMPARE(r.failed, 0);
        QCOMPARE(r.totalOutputTokens, 20 * 16);
        // TPOT as the profile says (no growth in this one); TTFT from a lone prefill up to twenty
        // queued ones.
        const double tpot = r.metrics.value(QStringLiteral("tpot")).median; // ms
        QVERIFY2(tpot > 18 && tpot < 30, qPrintable(QString::number(tpot)));
        const double ttft = r.metrics.value(QStringLiteral("ttft")).median;
        const double lone = testProfile().idleTtft(200) * 1000;
        QVERIFY2(ttft > lone * 0.95 && ttft < lone + 20 * 20 + 100, qPrintable(QString::number(ttft)));
    }

    void demoDeploymentsAreSimulated()
    {
        auto demo = project::loadDemo(QStringLiteral("atlas-lab"));
        QVERIFY(demo.hasValue());
        const QList<serving::DeploymentEndpoint> endpoints = serving::deploymentEndpoints(*demo);
        QCOMPARE(endpoints.size(), 2);
        QCOMPARE(endpoints.at(0).baseUrl.toString(), QStringLiteral("sim://atlas-106:8001/v1"));
        QCOMPARE(endpoints.at(1).baseUrl.toString(), QStringLiteral("sim://atlas-106:8002/v1"));
        const auto server = SimulatedNetwork::instance().server(endpoints.at(0).baseUrl);
        QVERIFY(server);
        const ServingProfile& p = server->profile();
        QCOMPARE(p.servedModel, QStringLiteral("qwen3-30b-a3b"));
        QCOMPARE(p.tp, 4);
        QVERIFY2(p.tpot > 0.005 && p.tpot < 0.1, qPrintable(QString::number(p.tpot)));
        QVERIFY2(p.prefillTokensPerS > 2000, qPrintable(QString::number(p.prefillTokensPerS)));
        QVERIFY(p.kvTokens > 10000);
        // The same project, not a demo, names the lab's addresses.
        project::ProjectData real = *demo;
        real.demo = false;
        QCOMPARE(serving::deploymentEndpoints(real).at(0).baseUrl.toString(),
                 QStringLiteral("http://172.16.33.106:8001/v1"));

        auto ds = project::loadDemo(QStringLiteral("deepseek-2node"));
        QVERIFY(ds.hasValue());
        const QUrl dsUrl = serving::deploymentEndpoints(*ds).at(0).baseUrl;
        QCOMPARE(dsUrl.toString(), QStringLiteral("sim://ds-node0:8000/v1"));
        const ServingProfile& big = SimulatedNetwork::instance().server(dsUrl)->profile();
        QCOMPARE(big.dp, 2);
        QCOMPARE(big.maxNumSeqs, 16);
        QVERIFY2(big.tpot > p.tpot, "DeepSeek-R1 decodes slower than a 3B-active MoE");
    }

    void numbersAsPrometheusClientWritesThem()
    {
        QCOMPARE(sim::promNumber(12), QByteArray("12.0"));
        QCOMPARE(sim::promNumber(0), QByteArray("0.0"));
        QCOMPARE(sim::promNumber(1048576), QByteArray("1.048576e+06"));
        QCOMPARE(sim::promNumber(0.25), QByteArray("0.25"));
        QCOMPARE(sim::promNumber(41.7), QByteArray("41.7"));
        QCOMPARE(sim::promNumber(1e-5), QByteArray("1e-05"));
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
