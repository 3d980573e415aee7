// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/SimulatedResponse.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/sim/SimulatedText.h"

namespace npufleet::sim {

namespace {

constexpr double kHeaderDelay = 0.001; // uvicorn answers a streaming request at once

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

quint64 hashOf(const QByteArray& bytes)
{
    const QByteArray h = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(h.at(i));
    return v;
}

} // namespace

SimulatedResponse SimulatedResponse::json(int status, const QJsonObject& body, double at)
{
    SimulatedResponse r;
    r.m_status = status;
    r.m_headersAt = at;
    r.m_bodyAt = at;
    r.m_body = compact(body);
    return r;
}

// vLLM's ErrorResponse.
SimulatedResponse SimulatedResponse::error(int status, const QString& type, const QString& message, double at)
{
    return json(status,
                {{QStringLiteral("object"), QStringLiteral("error")},
                 {QStringLiteral("message"), message},
                 {QStringLiteral("type"), type},
                 {QStringLiteral("param"), QJsonValue()},
                 {QStringLiteral("code"), status}},
                at);
}

SimulatedResponse SimulatedResponse::answer(SimulatedServer& server,
                                            const QByteArray& method,
                                            const QString& path,
                                            const QByteArray& body)
{
    const double now = server.now();
    const ServingProfile& p = server.profile();
    const bool get = method == "GET";
    const bool post = method == "POST";
    SimulatedResponse r;
    if (path == QLatin1String("/v1/chat/completions") || path == QLatin1String("/v1/completions")) {
        if (!post)
            return json(405, {{QStringLiteral("detail"), QStringLiteral("Method Not Allowed")}}, now);
        return completion(server, path == QLatin1String("/v1/chat/completions"), body, now);
    }
    if (!get)
        return json(path == QLatin1String("/v1/models") || path == QLatin1String("/health")
                            || path == QLatin1String("/metrics")
                        ? 405
                        : 404,
                    {{QStringLiteral("detail"), QStringLiteral("Not Found")}}, now);
    if (path == QLatin1String("/health")) {
        r.m_headersAt = r.m_bodyAt = now;
        r.m_contentType.clear();
        return r;
    }
    if (path == QLatin1String("/metrics")) {
        r.m_headersAt = r.m_bodyAt = now;
        r.m_contentType = QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
        r.m_body = server.metricsText();
        return r;
    }
    if (path == QLatin1String("/v1/models")) {
        const qint64 created = QDateTime::currentSecsSinceEpoch();
        const QJsonObject model {
            {QStringLiteral("id"), p.servedModel},
            {QStringLiteral("object"), QStringLiteral("model")},
            {QStringLiteral("created"), created},
            {QStringLiteral("owned_by"), QStringLiteral("vllm")},
            {QStringLiteral("root"), p.modelRoot.isEmpty() ? p.servedModel : p.modelRoot},
            {QStringLiteral("parent"), QJsonValue()},
            {QStringLiteral("max_model_len"), p.maxModelLen},
        };
        return json(200,
                    {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), QJsonArray {model}}},
                    now);
    }
    return json(404, {{QStringLiteral("detail"), QStringLiteral("Not Found")}}, now);
}

SimulatedResponse SimulatedResponse::completion(SimulatedServer& server, bool chat, const QByteArray& body, double now)
{
    const ServingProfile& p = server.profile();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, QStringLiteral("BadRequestError"),
                     QStringLiteral("JSON decode error: %1").arg(parseError.errorString()), now);
    const QJsonObject o = doc.object();
    const QString model = o.value(QStringLiteral("model")).toString();
    if (!model.isEmpty() && model != p.servedModel)
        return error(404, QStringLiteral("NotFoundError"), QStringLiteral("The model `%1` does not exist.").arg(model),
                     now);
    int promptTokens = 0;
    if (chat) {
        const QJsonArray messages = o.value(QStringLiteral("messages")).toArray();
        if (messages.isEmpty())
            return error(400, QStringLiteral("BadRequestError"), QStringLiteral("messages: Field required"), now);
        for (const QJsonValue& m : messages) {
            const QJsonValue content = m.toObject().value(QStringLiteral("content"));
            QString text = content.toString();
            for (const QJsonValue& part : content.toArray()) // [{"type":"text","text":…}]
                text += part.toObject().value(QStringLiteral("text")).toString();
            promptTokens += countTokens(text) + 4; // the chat template's role markers
        }
        promptTokens += 3; // the assistant's turn
    } else {
        const QJsonValue prompt = o.value(QStringLiteral("prompt"));
        if (!prompt.isString())
            return error(400, QStringLiteral("BadRequestError"), QStringLiteral("prompt: Field required"), now);
        promptTokens = std::max(1, countTokens(prompt.toString()));
    }
    const int room = p.maxModelLen - promptTokens;
    const QJsonValue asked = chat && o.contains(QStringLiteral("max_completion_tokens"))
        ? o.value(QStringLiteral("max_completion_tokens"))
        : o.value(QStringLiteral("max_tokens"));
    // vLLM's defaults: the rest of the context for chat, 16 tokens for completions.
    const int maxTokens = asked.isDouble() ? asked.toInt() : (chat ? room : 16);
    if (room <= 0 || maxTokens > room)
        return error(400, QStringLiteral("BadRequestError"),
                     QStringLiteral("This model's maximum context length is %1 tokens. However, you requested %2 "
                                    "tokens (%3 in the messages, %4 in the completion). Please reduce the length of "
                                    "the messages or completion.")
                         .arg(p.maxModelLen)
                         .arg(promptTokens + maxTokens)
                         .arg(promptTokens)
                         .arg(maxTokens),
                     now);
    if (maxTokens < 1)
        return error(400, QStringLiteral("BadRequestError"), QStringLiteral("max_tokens must be at least 1"), now);
    const quint64 seed = hashOf(body);
    const bool ignoreEos = o.value(QStringLiteral("ignore_eos")).toBool();
    // A reply the model ends itself stops at the end of a sentence.
    QStringList text = replyTokens(p, naturalReplyLength(seed, chat) + 80, seed);
    int natural = naturalReplyLength(seed, chat);
    while (natural < text.size() && !text.at(natural - 1).endsWith(QLatin1Char('.'))
           && !text.at(natural - 1).endsWith(QChar(0x3002)))
        ++natural;
    const bool capped = ignoreEos || maxTokens <= natural;
    const int tokens = capped ? maxTokens : natural;
    if (text.size() < tokens)
        text = replyTokens(p, tokens, seed);
    text.resize(tokens);

    SimulatedResponse r;
    r.m_plan = server.admit(promptTokens, tokens, capped);
    r.m_chat = chat;
    r.m_stream = o.value(QStringLiteral("stream")).toBool();
    r.m_includeUsage = r.m_stream
        && o.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool();
    r.m_tokens = text;
    r.m_id = (chat ? QStringLiteral("chatcmpl-") : QStringLiteral("cmpl-"))
        + QString::number(seed ^ r.m_plan->id, 16).rightJustified(16, QLatin1Char('0'));
    r.m_model = p.servedModel;
    r.m_created = QDateTime::currentSecsSinceEpoch();
    if (r.m_stream) {
        r.m_contentType = QByteArrayLiteral("text/event-stream; charset=utf-8");
        r.m_headersAt = now + kHeaderDelay;
    } else {
        r.m_headersAt = r.m_bodyAt = r.m_plan->end();
        r.m_body = r.wholeBody();
    }
    return r;
}

int SimulatedResponse::pieceCount() const
{
    if (!m_stream)
        return m_body.isEmpty() ? 0 : 1;
    return m_plan->outputTokens + (m_includeUsage ? 1 : 0) + 1; // the tokens, the usage, [DONE]
}

double SimulatedResponse::pieceAt(int i) const
{
    if (!m_stream)
        return m_bodyAt;
    return m_plan->tokenAt(std::min(i, m_plan->outputTokens - 1));
}

QByteArray SimulatedResponse::piece(int i) const
{
    if (!m_stream)
        return m_body;
    if (i < m_plan->outputTokens)
        return chunk(i);
    if (m_includeUsage && i == m_plan->outputTokens) { // the usage chunk has no choices
        const QJsonObject o {
            {QStringLiteral("id"), m_id},
            {QStringLiteral("object"),
             m_chat ? QStringLiteral("chat.completion.chunk") : QStringLiteral("text_completion")},
            {QStringLiteral("created"), m_created},
            {QStringLiteral("model"), m_model},
            {QStringLiteral("choices"), QJsonArray()},
            {QStringLiteral("usage"), QJsonDocument::fromJson(usageJson()).object()},
        };
        return "data: " + compact(o) + "\n\n";
    }
    return QByteArrayLiteral("data: [DONE]\n\n");
}

QByteArray SimulatedResponse::chunk(int i) const
{
    const bool last = i == m_plan->outputTokens - 1;
    const QJsonValue finish
        = last ? QJsonValue(m_plan->lengthCapped ? QStringLiteral("length") : QStringLiteral("stop")) : QJsonValue();
    const auto event = [&](const QJsonObject& choice) -> QByteArray {
        const QJsonObject o {{QStringLiteral("id"), m_id},
                             {QStringLiteral("object"),
                              m_chat ? QStringLiteral("chat.completion.chunk") : QStringLiteral("text_completion")},
                             {QStringLiteral("created"), m_created},
                             {QStringLiteral("model"), m_model},
                             {QStringLiteral("choices"), QJsonArray {choice}}};
        return "data: " + compact(o) + "\n\n";
    };
    if (!m_chat)
        return event({{QStringLiteral("index"), 0},
                      {QStringLiteral("text"), m_tokens.value(i)},
                      {QStringLiteral("logprobs"), QJsonValue()},
                      {QStringLiteral("finish_reason"), finish},
                      {QStringLiteral("stop_reason"), QJsonValue()}});
    QByteArray out;
    if (i == 0) // vLLM's first chunk names the role
        out += event({{QStringLiteral("index"), 0},
                      {QStringLiteral("delta"),
                       QJsonObject {{QStringLiteral("role"), QStringLiteral("assistant")},
                                    {QStringLiteral("content"), QString()}}},
                      {QStringLiteral("logprobs"), QJsonValue()},
                      {QStringLiteral("finish_reason"), QJsonValue()}});
    out += event({{QStringLiteral("index"), 0},
                  {QStringLiteral("delta"), QJsonObject {{QStringLiteral("content"), m_tokens.value(i)}}},
                  {QStringLiteral("logprobs"), QJsonValue()},
                  {QStringLiteral("finish_reason"), finish}});
    return out;
}

QByteArray SimulatedResponse::usageJson() const
{
    return compact({{QStringLiteral("prompt_tokens"), m_plan->promptTokens},
                    {QStringLiteral("total_tokens"), m_plan->promptTokens + m_plan->outputTokens},
                    {QStringLiteral("completion_tokens"), m_plan->outputTokens}});
}

QByteArray SimulatedResponse::wholeBody() const
{
    const QString text = m_tokens.join(QString());
    const QString finish = m_plan->lengthCapped ? QStringLiteral("length") : QStringLiteral("stop");
    QJsonObject choice {{QStringLiteral("index"), 0},
                        {QStringLiteral("logprobs"), QJsonValue()},
                        {QStringLiteral("finish_reason"), finish},
                        {QStringLiteral("stop_reason"), QJsonValue()}};
    if (m_chat)
        choice.insert(QStringLiteral("message"),
                      QJsonObject {{QStringLiteral("role"), QStringLiteral("assistant")},
                                   {QStringLiteral("content"), text},
                                   {QStringLiteral("tool_calls"), QJsonArray()}});
    else
        choice.insert(QStringLiteral("text"), text);
    const QJsonObject o {
        {QStringLiteral("id"), m_id},
        {QStringLiteral("object"), m_chat ? QStringLiteral("chat.completion") : QStringLiteral("text_completion")},
        {QStringLiteral("created"), m_created},
        {QStringLiteral("model"), m_model},
        {QStringLiteral("choices"), QJsonArray {choice}},
        {QStringLiteral("usage"), QJsonDocument::fromJson(usageJson()).object()},
    };
    return compact(o);
}

} // namespace npufleet::sim
