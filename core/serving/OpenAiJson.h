// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QUrl>

#include "core/serving/ChatTypes.h"

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
// The error an HTTP error response carries: OpenAI {"error":{…}}, vLLM {"object":"error",…},
// FastAPI {"detail":…}, or the text itself.
ServingError parseErrorBody(int httpStatus, const QByteArray& body, const QString& reason = {});
// The ids in a /v1/models answer, or an error of kind BadResponse.
ModelsResult parseModels(const QByteArray& body);

} // namespace npufleet::serving
