// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "core/bench/BenchTypes.h"
#include "core/serving/SseParser.h"

namespace npufleet::bench {

// What vLLM's request functions (vllm/benchmarks/lib/endpoint_request_func.py) make of a stream:
// TTFT at the first chunk whose "choices" has an element, an ITL for each later one, latency at the
// last of them (a trailing usage chunk does not move it), token counts from a usage chunk without
// choices. A 200 stream without a single choices chunk, or one with an error event or object,
// fails with a reason; [DONE] ends it. Without withText only the chunks that carry usage or an
// error are read as JSON (the timing needs no more), so it is cheap enough for the thread that
// takes timestamps; data that is not JSON is caught by streamText afterwards.
RequestOutput streamOutput(const QList<serving::SseEvent>& events,
                           serving::ApiKind kind,
                           serving::SteadyClock::time_point started,
                           int datasetPromptLen,
                           bool withText = true);
// The text the stream's chunks carried, up to [DONE]. malformed: set when a chunk's data is not
// JSON (vLLM's client and the OpenAI clients fail such a request).
QString streamText(const QList<serving::SseEvent>& events, bool* malformed = nullptr);

// True when the chunk's "choices" list has an element (vLLM's `if choices := data.get("choices")`).
bool hasChoices(const QByteArray& json);
// True when the chunk's "finish_reason" is a string (the reply ended), not null.
bool hasFinishReason(const QByteArray& json);
// True when `key` holds an object ({…}) in the chunk, e.g. a real "usage" rather than "usage":null.
bool hasObject(const QByteArray& json, const char* key);

} // namespace npufleet::bench
