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

bool hasObject(const QByteArray& json, const char* key)
{
    const qsizetype at = valueAt(json, key);
    return at >= 0 && json.at(at) == '{';
}

QString streamText(const QList<serving::SseEvent>& events)
{
    QString text;
    for (const serving::SseEvent& e : events) {
        const QByteArray data = e.data.trimmed();
        if (!data.isEmpty() && data != "[DONE]")
            text += serving::parseChunk(data).content;
    }
    return text;
}

RequestOutput streamOutput(const QList<serving::SseEvent>& events,
                           serving::ApiKind kind,
                           serving::SteadyClock::time_point started,
                           int datasetPromptLen,
                           bool withText)
{
    RequestOutput out;
    out.promptLen = datasetPromptLen;
    bool first = false;
    serving::SteadyClock::time_point recent = started;
    for (const serving::SseEvent& e : events) {
        const QByteArray data = e.data.trimmed();
        if (data.isEmpty() || data == "[DONE]")
            continue;
        const bool read = withText || hasObject(data, "usage") || data.contains("\"error\"");
        const serving::ParsedChunk chunk = read ? serving::parseChunk(data) : serving::ParsedChunk {};
        if (chunk.error.isError()) {
            out.error = chunk.error.toString();
            break;
        }
        if (hasChoices(data)) {
            if (!first) {
                first = true;
                out.ttft = seconds(e.arrival - started);
            } else {
                out.itl.append(seconds(e.arrival - recent));
            }
            recent = e.arrival;
            out.generatedText += chunk.content;
        } else if (kind == serving::ApiKind::Chat && (!read || chunk.valid)) {
            recent = e.arrival; // vLLM's chat client moves its clock on every data chunk
        }
        if (chunk.hasUsage) {
            if (chunk.usage.completionTokens >= 0)
                out.outputTokens = chunk.usage.completionTokens;
            if (chunk.usage.promptTokens > 0)
                out.promptLen = chunk.usage.promptTokens;
        }
    }
    out.latency = seconds(recent - started);
    if (out.error.isEmpty() && !first)
        out.error = QCoreApplication::translate("npufleet::bench::StreamOutput",
                                                "never received a valid chunk to calculate TTFT");
    out.success = out.error.isEmpty();
    return out;
}

} // namespace npufleet::bench
