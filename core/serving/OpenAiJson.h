// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QUrl>

#include "core/serving/ChatTypes.h"
#include "core/serving/SseParser.h"

namespace npufleet::serving {

// One stream chunk or one whole (non-streaming) response, read as the OpenAI API shapes it
// (chat "delta"/"message", completion "text"), vLLM and MindIE variants included.
struct ParsedChunk
{
    bool valid = false; // false: not a JSON object
    QString content;
    QString reasoning;
    QString finishReason;
    QString model;
    QString id;
    Usage usage;
    bool hasUsage = false;
    ServingError error; // an "error" object in the chunk (kind Api)
};

// The URL of an API path ("/v1/chat/completions") under a base that may or may not end in /v1.
QUrl endpointUrl(const QUrl& base, const QString& apiPath);
QString apiPath(ApiKind kind);

QByteArray requestBody(const ChatRequest& request);
ParsedChunk parseChunk(const QByteArray& json);
ParsedChunk parseChunk(const QJsonObject& json);

// One event of a streamed response read as the official OpenAI clients read it (openai-node's
// Stream.fromSSEResponse, openai-python's Stream): data that is exactly [DONE] ends the stream
// and nothing after it is used; data that is not JSON, an event named "error", or JSON whose
// "error" is set end it with an error; anything else is a chunk.
struct StreamItem
{
    enum class Kind { Chunk, Done, Error };
    Kind kind = Kind::Chunk;
    QJsonValue json; // Chunk: the event's data
    ServingError error; // Error: BadResponse for data that is not JSON, else Api
};
StreamItem readStreamEvent(const SseEvent& event);
// The error an HTTP error response carries: OpenAI {"error":{…}}, vLLM {"object":"error",…},
// FastAPI {"detail":…}, or the text itself.
ServingError parseErrorBody(int httpStatus, const QByteArray& body, const QString& reason = {});
// The ids in a /v1/models answer, or an error of kind BadResponse.
ModelsResult parseModels(const QByteArray& body);

} // namespace npufleet::serving
