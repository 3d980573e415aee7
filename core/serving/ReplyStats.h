// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/serving/ChatTypes.h"

namespace npufleet::serving {

// What a user wants to know about one reply: how soon it started and how fast it came.
struct ReplyStats
{
    double ttftMs = -1; // time to first token; -1: no token came
    double durationMs = 0; // sent → finished
    double tokensPerSecond = -1; // decode rate: tokens after the first over the time after it
    int promptTokens = -1;
    int completionTokens = -1;
    bool estimated = false; // completion tokens counted from stream chunks: the server gave no usage

    static ReplyStats from(const ChatResult& result);
    // "TTFT 182 ms · 41.3 tok/s · 25 → 320 tokens", in the user's language.
    QString summary() const;
};

} // namespace npufleet::serving
