// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/LoadGenerator.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonObject>
#include <QTimer>
#include <cmath>

#include "core/bench/Arrival.h"
#include "core/bench/BenchMetrics.h"
#include "core/bench/SocketPoll.h"
#include "core/bench/StreamConnection.h"
#include "core/bench/StreamOutput.h"
#include "core/serving/OpenAiJson.h"

namespace npufleet::bench {

namespace {

double seconds(serving::SteadyClock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

} // namespace

LoadGenerator::LoadGenerator(const BenchConfig& config, const QList<BenchRequest>& requests, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_requests(requests)
    , m_poll(new SocketPoll(this))
    , m_dispatch(new QTimer(this))
    , m_watchdog(new QTimer(this))
{
    m_dispatch->setSingleShot(true);
    m_dispatch->setTimerType(Qt::PreciseTimer);
    connect(m_dispatch, &QTimer::timeout, this, &LoadGenerator::pump);
    m_watchdog->setInterval(500);
    connect(m_watchdog, &QTimer::timeout, this, &LoadGenerator::checkTimeouts);
}

LoadGenerator::~LoadGenerator() = default;

void LoadGenerator::start()
{
    m_url = serving::endpointUrl(m_config.baseUrl, serving::apiPath(m_config.endpoint));
    // Resolved once, here, before the clock starts; a name that does not resolve leaves the
    // connections to QTcpSocket, which reports why.
    m_address = QHostAddress(m_url.host());
    if (m_address.isNull() && m_url.scheme() == QLatin1String("http")) {
        const QList<QHostAddress> found = QHostInfo::fromName(m_url.host()).addresses();
        for (const QHostAddress& a : found) {
            if (m_address.isNull())
                m_address = a;
            if (a.protocol() == QAbstractSocket::IPv4Protocol) {
                m_address = a; // as QTcpSocket would try first
                break;
            }
        }
    }
    // Bodies are made before the clock starts, as vLLM's are.
    m_wire.reserve(size_t(m_requests.size()));
    for (const BenchRequest& r : std::as_const(m_requests)) {
        serving::ChatRequest request;
        request.kind = m_config.endpoint;
        request.model = m_config.model;
        if (request.kind == serving::ApiKind::Chat)
            request.messages.append({QStringLiteral("user"), r.prompt});
        else
            request.prompt = r.prompt;
        // vLLM's payloads (endpoint_request_func.py): chat asks for max_completion_tokens;
        // completions for max_tokens with repetition_penalty 1.0 and logprobs null; no temperature
        // (the server's default) unless the extra body sets one.
        if (request.kind == serving::ApiKind::Chat) {
            request.extraBody.insert(QStringLiteral("max_completion_tokens"), r.expectedOutputLen);
        } else {
            request.sampling.maxTokens = r.expectedOutputLen;
            request.extraBody.insert(QStringLiteral("repetition_penalty"), 1.0);
            request.extraBody.insert(QStringLiteral("logprobs"), QJsonValue());
        }
        if (m_config.ignoreEos)
            request.extraBody.insert(QStringLiteral("ignore_eos"), true);
        for (auto it = m_config.extraBody.begin(); it != m_config.extraBody.end(); ++it)
            request.extraBody.insert(it.key(), it.value());
        const QByteArray id = "npufleet-bench-" + QByteArray::number(qulonglong(m_wire.size()));
        m_wire.push_back(StreamConnection::postRequest(m_url, serving::requestBody(request), m_config.apiKey, id));
    }
    m_started = serving::SteadyClock::now();
    m_watchdog->start();
    if (m_config.warmups > 0 && !m_requests.isEmpty()) {
        m_phase = Phase::Warmup;
        m_total = m_config.warmups;
        m_offsets = QList<double>(m_total, 0.0);
        m_outputs = QList<RequestOutput>(m_total);
        m_runStart = serving::SteadyClock::now();
        pump();
    } else {
        beginRun();
    }
}

void LoadGenerator::beginRun()
{
    m_phase = Phase::Run;
    m_total = int(m_requests.size());
    m_next = 0;
    m_done = 0;
    m_offsets = arrivalOffsets(m_total, m_config.requestRate, m_config.burstiness, m_config.seed);
    m_outputs = QList<RequestOutput>(m_total);
    m_queueTimes = QList<double>(m_total, 0.0);
    m_events.assign(size_t(m_total), {});
    m_runStart = serving::SteadyClock::now();
    if (m_total == 0)
        return complete();
    pump();
}

void LoadGenerator::cancel()
{
    if (m_phase == Phase::Done || m_cancelled)
        return;
    m_cancelled = true;
    m_dispatch->stop();
    const QList<StreamConnection*> open = m_inFlight.keys();
    for (StreamConnection* c : open)
        c->abort(tr("cancelled"));
    if (m_phase != Phase::Run) { // stopped during warm-up: nothing was measured
        m_phase = Phase::Run;
        m_total = 0;
        m_outputs.clear();
    }
    for (int i = m_next; i < m_total; ++i)
        m_outputs[i].error = tr("cancelled before it was sent");
    m_next = m_total;
    if (m_inFlight.isEmpty())
        complete();
}

void LoadGenerator::pump()
{
    if (m_cancelled)
        return;
    const auto now = serving::SteadyClock::now();
    const int limit = m_config.maxConcurrency > 0 ? m_config.maxConcurrency : std::numeric_limits<int>::max();
    while (m_next < m_total && m_inFlight.size() < limit) {
        const auto due = m_runStart
            + std::chrono::duration_cast<serving::SteadyClock::duration>(
                             std::chrono::duration<double>(m_offsets.at(m_next)));
        if (due > now) {
            const auto wait = std::chrono::ceil<std::chrono::milliseconds>(due - now).count();
            m_dispatch->start(int(wait));
            return;
        }
        m_queueTime = std::chrono::duration<double>(now - due).count(); // 0 unless a slot was the wait
        launch(m_next++);
    }
}

void LoadGenerator::launch(int index)
{
    auto* c = new StreamConnection(this, m_poll);
    connect(c, &StreamConnection::finished, this, &LoadGenerator::onConnectionFinished);
    m_inFlight.insert(c, index);
    if (m_phase == Phase::Run)
        m_queueTimes[index] = m_queueTime;
    const size_t wire = size_t(index) % m_wire.size();
    c->start(m_url, m_wire[wire], m_address);
    // A connection refused at once finishes inside start(): pump() sees it gone.
}

void LoadGenerator::onConnectionFinished(StreamConnection* c)
{
    const int index = m_inFlight.take(c);
    c->deleteLater();
    const int datasetLen = m_requests.isEmpty() ? 0 : m_requests.at(index % m_requests.size()).promptLen;
    RequestOutput out = streamOutput(c->events(), m_config.endpoint, c->startedAt(), datasetLen, false);
    if (m_phase == Phase::Run)
        m_events[size_t(index)] = c->events(); // the text is read after the run, off the timing path
    if (!c->error().isEmpty()) {
        serving::ServingError http;
        if (c->httpStatus() != 200 && c->httpStatus() != 0)
            http = serving::parseErrorBody(c->httpStatus(), c->errorBody());
        out.error = http.isError() ? http.toString() : c->error();
        out.success = false;
    }
    out.startTime = seconds(c->startedAt() - m_runStart);
    out.queueTime = m_queueTimes.value(index);
    out.sentNs = std::chrono::duration_cast<std::chrono::nanoseconds>(c->startedAt().time_since_epoch()).count();
    m_outputs[index] = out;
    ++m_done;
    if (m_phase == Phase::Run)
        emit requestFinished({index, seconds(serving::SteadyClock::now() - m_runStart), out});
    if (m_done == m_total && m_next >= m_total) {
        if (m_phase == Phase::Warmup && !m_cancelled) {
            emit warmupFinished();
            return beginRun();
        }
        return complete();
    }
    pump();
}

void LoadGenerator::checkTimeouts()
{
    const auto now = serving::SteadyClock::now();
    if (m_config.deadlineMs > 0 && now - m_started > std::chrono::milliseconds(m_config.deadlineMs))
        return stopAtDeadline();
    const auto limit = std::chrono::milliseconds(m_config.timeoutMs);
    const auto whole = std::chrono::milliseconds(m_config.requestTimeoutMs);
    const QList<StreamConnection*> open = m_inFlight.keys();
    for (StreamConnection* c : open) {
        if (m_config.requestTimeoutMs > 0 && now - c->startedAt() > whole)
            c->abort(tr("no complete reply within %1 s").arg(m_config.requestTimeoutMs / 1000.0));
        else if (now - c->lastActivity() > limit)
            c->abort(tr("no progress for %1 s").arg(m_config.timeoutMs / 1000.0));
    }
}

// The run's deadline passed: what is in flight fails, what was not sent fails unsent, and the
// result is what was measured (as a cancel, with the reason said).
void LoadGenerator::stopAtDeadline()
{
    if (m_phase == Phase::Done || m_cancelled)
        return;
    const QString why = tr("the run's deadline (%1 s) passed").arg(m_config.deadlineMs / 1000.0);
    m_cancelled = true;
    m_dispatch->stop();
    const bool warmup = m_phase != Phase::Run;
    if (!warmup) {
        for (int i = m_next; i < m_total; ++i)
            m_outputs[i].error = tr("not sent: %1").arg(why);
    }
    m_next = m_total;
    const QList<StreamConnection*> open = m_inFlight.keys();
    for (StreamConnection* c : open)
        c->abort(why); // the last one may complete the run
    if (m_phase == Phase::Done)
        return;
    if (warmup) { // nothing was measured
        m_phase = Phase::Run;
        m_total = 0;
        m_outputs.clear();
    }
    if (m_inFlight.isEmpty())
        complete();
}

void LoadGenerator::complete()
{
    if (m_phase == Phase::Done)
        return;
    const double duration = seconds(serving::SteadyClock::now() - m_runStart);
    m_phase = Phase::Done;
    m_watchdog->stop();
    for (qsizetype i = 0; i < m_outputs.size() && size_t(i) < m_events.size(); ++i) {
        bool malformed = false;
        RequestOutput& o = m_outputs[i];
        o.generatedText = streamText(m_events[size_t(i)], &malformed);
        if (malformed && o.success) { // json.loads raised in vLLM's client
            o.success = false;
            o.error = tr("the stream carried data that is not JSON");
        }
    }
    m_events.clear();
    BenchResult result = resultSetup(m_config, m_total);
    computeMetrics(result, m_outputs, duration, m_config.goodput, m_config.percentiles, m_config.percentileMetrics);
    emit finished(result);
}

} // namespace npufleet::bench
