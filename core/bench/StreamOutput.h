// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "core/bench/BenchTypes.h"
#include "core/serving/SseParser.h"

namespace npufleet::bench {

// What vLLM's request functions make of a stream: TTFT at the first chunk with choices, an ITL
// for each later one, latency at the last (for chat, any data chunk counts, usage included),
// token counts from usage. A 200 stream without a single choices chunk, or one with an error
// object, fails with a reason. Without withText only the chunks that carry usage or an error are
// read as JSON (the timing needs no more), so it is cheap enough for the thread that takes timestamps.
RequestOutput streamOutput(const QList<serving::SseEvent>& events,
                           serving::ApiKind kind,
                           serving::SteadyClock::time_point started,
                           int datasetPromptLen,
                           bool withText = true);
// The text the stream's chunks carried.
QString streamText(const QList<serving::SseEvent>& events);

// True when the chunk's "choices" list has an element (vLLM's `if choices := data.get("choices")`).
bool hasChoices(const QByteArray& json);
// True when `key` holds an object ({…}) in the chunk, e.g. a real "usage" rather than "usage":null.
bool hasObject(const QByteArray& json, const char* key);

} // namespace npufleet::bench
