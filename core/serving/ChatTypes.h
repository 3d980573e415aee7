// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

#include "core/serving/SseParser.h"

namespace npufleet::serving {

// Where to send requests. baseUrl may end in /v1 (OpenAI SDK style) or not (vllm bench style).
struct Endpoint
{
    QUrl baseUrl;
    QString apiKey; // sent as "Authorization: Bearer"; never saved anywhere by core
};

struct Timeouts
{
    int connectMs = 10000; // until the request is on the wire
    // Longest wait for progress: the response head, then each complete event (or body bytes when
    // the answer is not a stream). Bytes that trickle in without completing an event do not count,
    // and neither do header lines: a server cannot keep a request alive by dripping bytes.
    int readMs = 300000;
    // The whole request, from start to the end of the reply; 0 = no limit. An hour by default, so that a
    // server trickling complete events cannot hold the Playground for ever.
    int totalMs = 3'600'000;
};

enum class ApiKind { Chat, Completion };

struct ChatMessage
{
    QString role; // system, user, assistant
    QString content;
    friend bool operator==(const ChatMessage&, const ChatMessage&) = default;
};

struct SamplingParams
{
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    std::optional<qint64> seed;
    QStringList stop;
    friend bool operator==(const SamplingParams&, const SamplingParams&) = default;
};

struct ChatRequest
{
    Endpoint endpoint;
    ApiKind kind = ApiKind::Chat;
    QString model;
    QList<ChatMessage> messages; // Chat
    QString prompt; // Completion
    SamplingParams sampling;
    bool stream = true;
    bool includeUsage = true; // stream_options.include_usage: the server reports token counts
    QJsonObject extraBody; // merged last: engine-specific knobs (ignore_eos, chat_template_kwargs…)
    Timeouts timeouts;
};

struct Usage
{
    int promptTokens = -1; // -1: the server did not say
    int completionTokens = -1;
    int totalTokens = -1;
    bool known() const { return completionTokens >= 0; }
};

struct ServingError
{
    enum class Kind {
        None,
        Http, // the server answered 4xx/5xx
        Api, // an error object inside a 200 stream
        Network, // connection refused, reset, DNS…
        Timeout, // connect or read timeout
        Truncated, // the stream ended before [DONE]
        Cancelled, // the caller stopped it
        BadResponse, // not the JSON we expected
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString type; // OpenAI error "type"
    QString code; // OpenAI error "code", as text
    QString message;

    bool isError() const { return kind != Kind::None; }
    // "HTTP 401: Invalid API key" and the like, for users.
    QString toString() const;
};

// A piece of the reply as it arrived.
struct ChatDelta
{
    QString content;
    QString reasoning; // reasoning_content (DeepSeek-R1, Qwen3 thinking), never mixed into content
    SteadyClock::time_point arrival;
};

// Everything known about one reply; partial (with an error) when it did not finish.
struct ChatResult
{
    QString content;
    QString reasoning;
    QString finishReason;
    QString model; // as the server named it
    QString id;
    Usage usage;
    ServingError error;
    bool streamed = false; // false: the server answered with one JSON body
    int contentChunks = 0; // stream chunks that carried text (an estimate of tokens when usage is missing)
    SteadyClock::time_point sent;
    std::optional<SteadyClock::time_point> firstToken; // first content or reasoning
    SteadyClock::time_point lastToken;
    SteadyClock::time_point finished;

    bool ok() const { return !error.isError(); }
};

struct ModelsResult
{
    QStringList ids;
    ServingError error;
};

} // namespace npufleet::serving
