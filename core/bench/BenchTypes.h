// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <limits>
#include <optional>

#include "core/serving/ChatTypes.h"

namespace npufleet::bench {

// One request of a benchmark: what to send and how long the dataset says it is.
struct BenchRequest
{
    QString prompt;
    int promptLen = 0; // tokens, as the dataset counts them (the server's usage wins when it reports)
    int expectedOutputLen = 0; // max_tokens sent
};

// The user's SLOs for goodput (vLLM --goodput ttft:ms tpot:ms e2el:ms); unset = not judged.
struct GoodputSlo
{
    std::optional<double> ttftMs;
    std::optional<double> tpotMs;
    std::optional<double> e2elMs;
    bool any() const { return ttftMs || tpotMs || e2elMs; }
};

// Everything that shapes one run, named after vllm bench serve's flags.
struct BenchConfig
{
    QUrl baseUrl; // with or without /v1
    QString apiKey;
    QString model;
    QString tokenizer; // recorded only (no tokenizer runs here)
    serving::ApiKind endpoint = serving::ApiKind::Completion;
    double requestRate = std::numeric_limits<double>::infinity(); // requests/s; inf = all at once
    double burstiness = 1.0; // gamma shape; 1 = Poisson
    int maxConcurrency = 0; // 0 = unlimited
    int warmups = 0; // requests sent (and dropped) before the measured run
    bool ignoreEos = false; // vLLM sets it for its random dataset whatever the flag says
    // Added to every request body last, as vLLM's --extra-body and sampling flags (--temperature,
    // --top-p, ...): vLLM sends no temperature of its own, so the server's default applies.
    QJsonObject extraBody;
    quint64 seed = 0;
    GoodputSlo goodput;
    QString label;
    QList<double> percentiles = {99}; // vLLM --metric-percentiles
    // vLLM --percentile-metrics: the metrics whose mean/median/std/percentiles the result carries
    // (also e2el, client_queue_time, e2el_including_client_queue).
    QStringList percentileMetrics = {QStringLiteral("ttft"), QStringLiteral("tpot"), QStringLiteral("itl")};
    QList<QPair<QString, QString>> metadata; // vLLM --metadata KEY=VALUE: saved as top-level fields
    // Longest wait for progress on one stream: the response head, then each complete event. Bytes
    // that do not complete one (a server dripping them, endless headers) do not count.
    int timeoutMs = 600000;
    int requestTimeoutMs = 6 * 3600 * 1000; // one request from send to end (vLLM's 6 h); 0 = no limit
    int deadlineMs = 0; // the whole run (warm-up included); what has not finished by then fails; 0 = none
};

// What one request came back with, as vLLM's RequestFuncOutput (times in seconds).
struct RequestOutput
{
    QString generatedText;
    bool success = false;
    double latency = 0; // last content chunk minus start
    int outputTokens = 0; // from usage; 0 when the server sent none
    double ttft = 0;
    QList<double> itl; // gaps between chunks after the first
    int promptLen = 0; // usage.prompt_tokens, else the dataset's
    QString error;
    double startTime = 0; // seconds since the run began (vLLM's start_time is on the monotonic clock: sentNs)
    double queueTime = 0; // seconds it waited, past its arrival, for a slot under max concurrency
    qint64 sentNs = 0; // the request went out, on the steady clock (for tests that hold a second clock)
};

// A request finished during a run: what the live charts draw.
struct LiveSample
{
    int index = 0;
    double finishedAt = 0; // seconds since the run began
    RequestOutput output;
};

} // namespace npufleet::bench

Q_DECLARE_METATYPE(npufleet::bench::RequestOutput)
Q_DECLARE_METATYPE(npufleet::bench::LiveSample)
