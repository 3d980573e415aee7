// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/serving/ChatCall.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include "core/serving/OpenAiRequest.h"
#include "core/util/Utf8.h"

namespace npufleet::serving {

ChatCall::ChatCall(QNetworkAccessManager* manager, ChatRequest request, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(std::move(request))
    , m_connectTimer(new QTimer(this))
    , m_readTimer(new QTimer(this))
    , m_totalTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    m_readTimer->setSingleShot(true);
    m_totalTimer->setSingleShot(true);
    connect(m_totalTimer, &QTimer::timeout, this, [this] {
        failWith(ServingError::Kind::Timeout,
                 QCoreApplication::translate("npufleet::serving", "no complete reply within %1 s")
                     .arg(m_request.timeouts.totalMs / 1000.0));
    });
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        failWith(ServingError::Kind::Timeout,
                 QCoreApplication::translate("npufleet::serving", "could not connect to %1 within %2 s")
                     .arg(m_request.endpoint.baseUrl.toDisplayString())
                     .arg(m_request.timeouts.connectMs / 1000.0));
    });
    connect(m_readTimer, &QTimer::timeout, this, [this] {
        failWith(ServingError::Kind::Timeout,
                 QCoreApplication::translate("npufleet::serving", "the server sent nothing usable for %1 s")
                     .arg(m_request.timeouts.readMs / 1000.0));
    });
}

ChatCall::~ChatCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ChatCall::start()
{
    const QNetworkRequest req
        = jsonRequest(m_request.endpoint, endpointUrl(m_request.endpoint.baseUrl, apiPath(m_request.kind)));
    m_result = ChatResult();
    m_result.sent = SteadyClock::now();
    m_reply = m_manager->post(req, requestBody(m_request));
    guardRedirects(m_reply, req.url(), !m_request.endpoint.apiKey.isEmpty(), this,
                   [this](const QString& why) { failWith(ServingError::Kind::Network, why); });
    if (m_request.timeouts.totalMs > 0)
        m_totalTimer->start(m_request.timeouts.totalMs);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        m_connectTimer->stop();
        m_readTimer->start(m_request.timeouts.readMs);
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ChatCall::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatCall::onFinished);
    m_connectTimer->start(m_request.timeouts.connectMs);
}

void ChatCall::cancel()
{
    failWith(ServingError::Kind::Cancelled, QCoreApplication::translate("npufleet::serving", "stopped"));
}

void ChatCall::failWith(ServingError::Kind kind, const QString& message)
{
    if (!m_reply || m_localError.isError())
        return;
    m_localError.kind = kind;
    m_localError.message = message;
    m_reply->abort(); // emits finished, which lands in onFinished
}

void ChatCall::onMetaData()
{
    m_connectTimer->stop();
    m_readTimer->start(m_request.timeouts.readMs);
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    m_sse = m_status < 400 && isEventStreamType(type);
    m_result.streamed = m_sse;
}

void ChatCall::onReadyRead()
{
    m_connectTimer->stop();
    if (!m_sse) {
        m_readTimer->start(m_request.timeouts.readMs);
        return; // one body: read whole in onFinished (the total timeout bounds a slow one)
    }
    const QByteArray bytes = m_reply->readAll();
    const auto arrival = SteadyClock::now();
    const QList<SseEvent> events = m_parser.feed(bytes, arrival);
    if (!events.isEmpty()) // progress is a complete event, not a byte
        m_readTimer->start(m_request.timeouts.readMs);
    for (const SseEvent& event : events)
        handleEvent(event);
    if (m_ended)
        endStream();
}

// The OpenAI clients' rules: [DONE] ends the stream, an error event or error object ends it with
// that error; either way nothing after it is used.
void ChatCall::handleEvent(const SseEvent& event)
{
    if (m_ended)
        return;
    const StreamItem item = readStreamEvent(event);
    switch (item.kind) {
    case StreamItem::Kind::Done:
        m_done = true;
        m_ended = true;
        return;
    case StreamItem::Kind::Error:
        m_result.error = item.error;
        m_ended = true;
        return;
    case StreamItem::Kind::Chunk:
        if (item.json.isObject())
            applyChunk(parseChunk(item.json.toObject()), event.arrival, false);
        return;
    }
}

// The stream is over before the connection: stop reading and report at once, as the clients do.
void ChatCall::endStream()
{
    m_connectTimer->stop();
    m_readTimer->stop();
    m_totalTimer->stop();
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_parser.finish();
    finish();
}

void ChatCall::applyChunk(const ParsedChunk& chunk, SteadyClock::time_point arrival, bool whole)
{
    if (chunk.error.isError()) {
        m_result.error = chunk.error;
        m_ended = true;
        return;
    }
    if (!chunk.model.isEmpty())
        m_result.model = chunk.model;
    if (!chunk.id.isEmpty())
        m_result.id = chunk.id;
    if (!chunk.finishReason.isEmpty())
        m_result.finishReason = chunk.finishReason;
    if (chunk.hasUsage)
        m_result.usage = chunk.usage;
    if (chunk.content.isEmpty() && chunk.reasoning.isEmpty())
        return;
    if (!m_result.firstToken)
        m_result.firstToken = arrival;
    m_result.lastToken = arrival;
    m_result.content += chunk.content;
    m_result.reasoning += chunk.reasoning;
    if (!whole)
        ++m_result.contentChunks;
    emit deltaReceived(ChatDelta {chunk.content, chunk.reasoning, arrival});
}

void ChatCall::onFinished()
{
    m_connectTimer->stop();
    m_readTimer->stop();
    m_totalTimer->stop();
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_status == 0)
        m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (m_localError.isError()) {
        m_result.error = m_localError;
    } else if (m_status >= 400) {
        m_result.error = parseErrorBody(m_status, reply->readAll(),
                                        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    } else if (m_sse) {
        const QByteArray rest = reply->readAll();
        if (!rest.isEmpty() && !m_ended) {
            const QList<SseEvent> events = m_parser.feed(rest);
            for (const SseEvent& event : events)
                handleEvent(event);
        }
        m_parser.finish();
        if (m_result.error.isError()) {
            // An error the server sent in the stream says more than how the connection ended.
        } else if (reply->error() != QNetworkReply::NoError) {
            m_result.error.kind = ServingError::Kind::Network;
            m_result.error.message = reply->errorString();
        } else if (!m_done && m_result.finishReason.isEmpty()) {
            // A server may omit [DONE] after a finish_reason; without either the reply was cut.
            m_result.error.kind = ServingError::Kind::Truncated;
            m_result.error.message
                = QCoreApplication::translate("npufleet::serving", "the stream ended before the reply was complete");
        }
    } else if (reply->error() != QNetworkReply::NoError) {
        m_result.error.kind = ServingError::Kind::Network;
        m_result.error.message = reply->errorString();
    } else {
        // JSON is UTF-8 text: ill-formed bytes become U+FFFD, as in a stream, not a parse failure.
        const QByteArray body = util::withReplacementCharacters(reply->readAll());
        const ParsedChunk chunk = parseChunk(body);
        if (chunk.valid) {
            applyChunk(chunk, SteadyClock::now(), true);
        } else {
            m_result.error.kind = ServingError::Kind::BadResponse;
            m_result.error.message = QCoreApplication::translate("npufleet::serving", "not JSON: %1")
                                         .arg(QString::fromUtf8(body.left(200)));
        }
    }
    finish();
}

void ChatCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.finished = SteadyClock::now();
    emit finished(m_result);
    deleteLater();
}

} // namespace npufleet::serving
