// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/StreamOutput.h"

#include <QCoreApplication>

#include "core/serving/OpenAiJson.h"

namespace npufleet::bench {

namespace {

double seconds(serving::SteadyClock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The position just after `"key":` and its blanks, or -1.
qsizetype valueAt(const QByteArray& json, const char* key)
{
    const QByteArray quoted = '"' + QByteArray(key) + '"';
    qsizetype at = json.indexOf(quoted);
    if (at < 0)
        return -1;
    at += quoted.size();
    const qsizetype n = json.size();
    while (at < n && (isSpace(json.at(at)) || json.at(at) == ':'))
        ++at;
    return at < n ? at : -1;
}

} // namespace

bool hasChoices(const QByteArray& json)
{
    qsizetype at = valueAt(json, "choices");
    if (at < 0 || json.at(at) != '[')
        return false;
    ++at;
    while (at < json.size() && isSpace(json.at(at)))
        ++at;
    return at < json.size() && json.at(at) != ']';
}

bool hasFinishReason(const QByteArray& json)
{
    // "finish_reason": "stop" (a string), not null.
    const qsizetype at = valueAt(json, "finish_reason");
    return at >= 0 && json.at(at) == '"';
}

bool hasObject(const QByteArray& json, const char* key)
{
    const qsizetype at = valueAt(json, key);
    return at >= 0 && json.at(at) == '{';
}

QString streamText(const QList<serving::SseEvent>& events, bool* malformed)
{
    QString text;
    if (malformed)
        *malformed = false;
    for (const serving::SseEvent& e : events) {
        const serving::StreamItem item = serving::readStreamEvent(e);
        if (item.kind == serving::StreamItem::Kind::Done)
            break;
        if (item.kind == serving::StreamItem::Kind::Error) {
            if (malformed)
                *malformed = item.error.kind == serving::ServingError::Kind::BadResponse;
            break;
        }
        if (item.json.isObject())
            text += serving::parseChunk(item.json.toObject()).content;
    }
    return text;
}

RequestOutput streamOutput(const QList<serving::SseEvent>& events,
                           serving::ApiKind kind,
                           serving::SteadyClock::time_point started,
                           int datasetPromptLen,
                           bool withText)
{
    Q_UNUSED(kind) // chat and completions end their latency alike in current vLLM
    RequestOutput out;
    out.promptLen = datasetPromptLen;
    bool first = false;
    bool ended = false; // [DONE], or a chunk with a finish_reason: the reply is whole
    serving::SteadyClock::time_point recent = started;
    for (const serving::SseEvent& e : events) {
        // The OpenAI clients' rules: exact [DONE] ends the stream; an error event or object fails
        // the request (vLLM's client fails on a named event too: its data line is not JSON to it).
        if (e.data == "[DONE]") {
            ended = true;
            break;
        }
        if (e.event == "error" || e.data.contains("\"error\"")) {
            const serving::StreamItem item = serving::readStreamEvent(e);
            // vLLM's own error shape, {"object":"error","message":…}, fails the request too.
            const serving::ServingError error = item.kind == serving::StreamItem::Kind::Error ? item.error
                : item.json.isObject() ? serving::parseChunk(item.json.toObject()).error
                                       : serving::ServingError();
            if (error.isError()) {
                out.error = error.toString();
                break;
            }
        }
        if (hasChoices(e.data)) {
            ended = ended || hasFinishReason(e.data);
            // A token chunk: the first gives TTFT, each later one an ITL, the last ends the latency.
            if (!first) {
                first = true;
                out.ttft = seconds(e.arrival - started);
            } else {
                out.itl.append(seconds(e.arrival - recent));
            }
            recent = e.arrival;
            if (withText)
                out.generatedText += serving::parseChunk(e.data).content;
        } else if (hasObject(e.data, "usage")) {
            // The usage chunk (choices empty) carries the counts and moves no clock.
            const serving::ParsedChunk chunk = serving::parseChunk(e.data);
            if (chunk.usage.completionTokens >= 0)
                out.outputTokens = chunk.usage.completionTokens;
            if (chunk.usage.promptTokens >= 0)
                out.promptLen = chunk.usage.promptTokens;
        }
    }
    out.latency = seconds(recent - started);
    if (out.error.isEmpty() && !first)
        out.error = QCoreApplication::translate("npufleet::bench::StreamOutput",
                                                "never received a valid chunk to calculate TTFT");
    // A connection closed before [DONE] and before a finish_reason cut the reply short: a failure,
    // not a short success.
    if (out.error.isEmpty() && !ended)
        out.error = QCoreApplication::translate("npufleet::bench::StreamOutput",
                                                "the stream ended before the reply was complete");
    out.success = out.error.isEmpty();
    return out;
}

} // namespace npufleet::bench
