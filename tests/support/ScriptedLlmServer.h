// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QUrl>
#include <chrono>
#include <memory>

namespace npufleet::test {

class ScriptedLlmWorker;

// What the scripted server does with every streaming request.
struct LlmScript
{
    int ttftMs = 50; // from the whole request read to the first token
    int gapMs = 5; // between tokens
    int tokens = 16; // per reply; 0 = as many as max_tokens asks
    int promptTokens = -1; // usage.prompt_tokens; -1 = the prompt's word count
    int failEvery = 0; // every Nth request gets HTTP 500 (0 = never)
    int jitterMs = 0; // each TTFT and gap longer by 0..jitterMs (seeded: the same every run), for charts
    int usageDelayMs = 0; // the usage chunk and [DONE] come this long after the last token
    QByteArray metricsText; // served at GET /metrics
};

// A fast OpenAI-compatible streaming server on 127.0.0.1 for load tests: /v1/completions and
// /v1/chat/completions stream `tokens` chunks on a fixed schedule (first after ttftMs, then every
// gapMs, measured from when the request arrived so lateness never accumulates), then a usage
// chunk (usageDelayMs after the last token) and [DONE]. The reply has as many tokens as
// max_tokens or max_completion_tokens asks unless `tokens` says otherwise. It runs on a thread of its own so its timing
// holds while the test's thread is busy, and records when each chunk really left, as the truth to compare against. That
// thread is a plain epoll loop with a nanosecond timerfd (Linux): a Qt event loop polls every socket on every wake-up
// and its timers round to milliseconds, which at a thousand streams made the server, not the client, the part that ran
// late.
class ScriptedLlmServer : public QObject
{
    Q_OBJECT
public:
    using Clock = std::chrono::steady_clock;
    struct Stream
    {
        Clock::time_point received; // the request was read in full
        QList<Clock::time_point> sent; // when each token chunk was handed to the kernel (send())
        QList<Clock::time_point> due; // when the script wanted it written (sent - due = the server's lateness)
        Clock::time_point usageSent; // when the usage chunk went out
        int promptTokens = 0;
        QByteArray requestId; // the X-Request-Id header
        QByteArray body; // the request's JSON
    };

    explicit ScriptedLlmServer(const LlmScript& script = {}, QObject* parent = nullptr);
    ~ScriptedLlmServer() override;

    bool start();
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:<port>

    // Thread-safe views of what happened so far.
    QList<Stream> streams() const;
    // The last stream served for each X-Request-Id.
    QHash<QByteArray, Stream> streamsById() const;
    int requestCount() const;
    int peakConcurrency() const;
    void reset();

private:
    friend class ScriptedLlmWorker;
    void record(const Stream& stream);
    void noteOpen(int open);
    int countRequest();

    LlmScript m_script;
    std::unique_ptr<ScriptedLlmWorker> m_worker;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<Stream> m_streams;
    int m_requests = 0;
    int m_peak = 0;
};

} // namespace npufleet::test
