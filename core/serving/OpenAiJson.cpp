// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/serving/OpenAiJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <optional>

namespace npufleet::serving {

namespace {

QString jsonText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

// OpenAI nests {"message","type","code"} under "error"; vLLM puts them at the top level.
ServingError errorFrom(const QJsonObject& obj, ServingError::Kind kind, int status)
{
    ServingError e;
    e.kind = kind;
    e.httpStatus = status;
    e.message = obj.value(QStringLiteral("message")).toString();
    e.type = obj.value(QStringLiteral("type")).toString();
    e.code = jsonText(obj.value(QStringLiteral("code")));
    if (e.message.isEmpty())
        e.message = QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact));
    return e;
}

} // namespace

QString ServingError::toString() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Http:
        return QCoreApplication::translate("npufleet::serving", "HTTP %1: %2").arg(httpStatus).arg(message);
    case Kind::Api:
        return QCoreApplication::translate("npufleet::serving", "server error: %1").arg(message);
    case Kind::Cancelled:
        return QCoreApplication::translate("npufleet::serving", "stopped");
    default:
        return message;
    }
}

QString apiPath(ApiKind kind)
{
    return kind == ApiKind::Chat ? QStringLiteral("/v1/chat/completions") : QStringLiteral("/v1/completions");
}

QUrl endpointUrl(const QUrl& base, const QString& path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    QString rest = path;
    if (basePath.endsWith(QLatin1String("/v1")) && rest.startsWith(QLatin1String("/v1/")))
        rest = rest.mid(3);
    url.setPath(basePath + rest);
    return url;
}

QByteArray requestBody(const ChatRequest& request)
{
    QJsonObject body;
    body.insert(QStringLiteral("model"), request.model);
    if (request.kind == ApiKind::Chat) {
        QJsonArray messages;
        for (const ChatMessage& m : request.messages)
            messages.append(QJsonObject {{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
        body.insert(QStringLiteral("messages"), messages);
    } else {
        body.insert(QStringLiteral("prompt"), request.prompt);
    }
    const SamplingParams& s = request.sampling;
    if (s.temperature)
        body.insert(QStringLiteral("temperature"), *s.temperature);
    if (s.topP)
        body.insert(QStringLiteral("top_p"), *s.topP);
    if (s.maxTokens)
        body.insert(QStringLiteral("max_tokens"), *s.maxTokens);
    if (s.seed)
        body.insert(QStringLiteral("seed"), *s.seed);
    if (!s.stop.isEmpty())
        body.insert(QStringLiteral("stop"), QJsonArray::fromStringList(s.stop));
    body.insert(QStringLiteral("stream"), request.stream);
    if (request.stream && request.includeUsage)
        body.insert(QStringLiteral("stream_options"), QJsonObject {{QStringLiteral("include_usage"), true}});
    for (auto it = request.extraBody.begin(); it != request.extraBody.end(); ++it)
        body.insert(it.key(), it.value());
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ParsedChunk parseChunk(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return ParsedChunk();
    return parseChunk(doc.object());
}

ParsedChunk parseChunk(const QJsonObject& obj)
{
    ParsedChunk chunk;
    chunk.valid = true;
    chunk.model = obj.value(QStringLiteral("model")).toString();
    chunk.id = obj.value(QStringLiteral("id")).toString();

    const QJsonValue error = obj.value(QStringLiteral("error"));
    if (error.isObject())
        chunk.error = errorFrom(error.toObject(), ServingError::Kind::Api, 0);
    else if (error.isString())
        chunk.error = errorFrom(QJsonObject {{QStringLiteral("message"), error}}, ServingError::Kind::Api, 0);
    else if (obj.value(QStringLiteral("object")).toString() == QLatin1String("error"))
        chunk.error = errorFrom(obj, ServingError::Kind::Api, 0);

    const QJsonArray choices = obj.value(QStringLiteral("choices")).toArray();
    for (const QJsonValue& choiceValue : choices) {
        const QJsonObject choice = choiceValue.toObject();
        if (choice.value(QStringLiteral("index")).toInt() != 0)
            continue; // n > 1 is not something this client asks for
        // Streams carry "delta", whole responses "message"; completions carry "text".
        QJsonObject message = choice.value(QStringLiteral("delta")).toObject();
        if (message.isEmpty())
            message = choice.value(QStringLiteral("message")).toObject();
        chunk.content += message.value(QStringLiteral("content")).toString();
        chunk.content += choice.value(QStringLiteral("text")).toString();
        // reasoning_content: DeepSeek / vLLM reasoning parsers; "reasoning": newer vLLM and others.
        chunk.reasoning += message.value(QStringLiteral("reasoning_content")).toString();
        chunk.reasoning += message.value(QStringLiteral("reasoning")).toString();
        const QString finish = choice.value(QStringLiteral("finish_reason")).toString();
        if (!finish.isEmpty())
            chunk.finishReason = finish;
    }

    const QJsonObject usage = obj.value(QStringLiteral("usage")).toObject();
    if (!usage.isEmpty()) {
        chunk.hasUsage = true;
        chunk.usage.promptTokens = usage.value(QStringLiteral("prompt_tokens")).toInt(-1);
        chunk.usage.completionTokens = usage.value(QStringLiteral("completion_tokens")).toInt(-1);
        chunk.usage.totalTokens = usage.value(QStringLiteral("total_tokens")).toInt(-1);
    }
    return chunk;
}

namespace {

// JavaScript's truthiness, which openai-node applies to a chunk's "error".
bool truthy(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double:
        return v.toDouble() != 0 && !std::isnan(v.toDouble());
    case QJsonValue::String:
        return !v.toString().isEmpty();
    default:
        return true;
    }
}

// Any JSON value, parsed as JSON.parse does (a bare number, string or null included).
std::optional<QJsonValue> parseJsonValue(const QByteArray& text)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &e);
    if (e.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

} // namespace

StreamItem readStreamEvent(const SseEvent& event)
{
    StreamItem item;
    if (event.data == "[DONE]") {
        item.kind = StreamItem::Kind::Done;
        return item;
    }
    const std::optional<QJsonValue> json = parseJsonValue(event.data);
    if (!json) {
        item.kind = StreamItem::Kind::Error;
        item.error.kind = ServingError::Kind::BadResponse;
        item.error.message = QCoreApplication::translate("npufleet::serving", "not JSON: %1")
                                 .arg(QString::fromUtf8(event.data.left(200)));
        return item;
    }
    item.json = *json;
    if (event.event.startsWith("thread."))
        return item; // the Assistants API's envelopes: openai-node passes them on as they are
    const QJsonValue nested = json->toObject().value(QStringLiteral("error"));
    if (event.event != "error" && !(json->isObject() && truthy(nested)))
        return item;
    const QJsonValue error = truthy(nested) ? nested : *json;
    item.kind = StreamItem::Kind::Error;
    if (error.isObject()) {
        item.error = errorFrom(error.toObject(), ServingError::Kind::Api, 0);
    } else {
        item.error.kind = ServingError::Kind::Api;
        item.error.message = error.isString() ? error.toString()
            : error.isNull()
            ? QCoreApplication::translate("npufleet::serving", "the server reported an error in the stream")
            : QString::fromUtf8(QJsonDocument(QJsonArray {error}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    }
    return item;
}

ServingError parseErrorBody(int httpStatus, const QByteArray& body, const QString& reason)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject obj = doc.object();
    ServingError e;
    const QJsonValue nested = obj.value(QStringLiteral("error"));
    if (nested.isObject()) {
        e = errorFrom(nested.toObject(), ServingError::Kind::Http, httpStatus);
    } else if (obj.contains(QStringLiteral("message"))) {
        e = errorFrom(obj, ServingError::Kind::Http, httpStatus);
    } else if (nested.isString() || obj.contains(QStringLiteral("detail"))) {
        const QJsonValue detail = nested.isString() ? nested : obj.value(QStringLiteral("detail"));
        e.kind = ServingError::Kind::Http;
        e.httpStatus = httpStatus;
        e.message = detail.isString()
            ? detail.toString()
            : QString::fromUtf8(QJsonDocument(detail.toArray()).toJson(QJsonDocument::Compact));
    } else {
        e.kind = ServingError::Kind::Http;
        e.httpStatus = httpStatus;
        e.message = QString::fromUtf8(body.left(500)).trimmed();
        if (e.message.isEmpty())
            e.message
                = reason.isEmpty() ? QCoreApplication::translate("npufleet::serving", "no error message") : reason;
    }
    return e;
}

ModelsResult parseModels(const QByteArray& body)
{
    ModelsResult result;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue data = doc.object().value(QStringLiteral("data"));
    if (!data.isArray()) {
        result.error.kind = ServingError::Kind::BadResponse;
        result.error.message
            = QCoreApplication::translate("npufleet::serving", "the server's /v1/models answer has no \"data\" list");
        return result;
    }
    for (const QJsonValue& v : data.toArray()) {
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            result.ids.append(id);
    }
    return result;
}

} // namespace npufleet::serving
