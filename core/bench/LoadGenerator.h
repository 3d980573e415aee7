// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <vector>

#include "core/bench/BenchResult.h"
#include "core/bench/BenchTypes.h"
#include "core/serving/SseParser.h"

class QTimer;

namespace npufleet::bench {

class SocketPoll;
class StreamConnection;

// Sends a benchmark's requests on the arrival schedule, at most maxConcurrency at a time, each
// on its own connection, and measures them as vllm bench serve does. Event-driven: create it,
// move it to a thread of its own, then call start() there (queued). Emits finished() once.
class LoadGenerator : public QObject
{
    Q_OBJECT
public:
    LoadGenerator(const BenchConfig& config, const QList<BenchRequest>& requests, QObject* parent = nullptr);
    ~LoadGenerator() override;

    void start();
    // Stops sending; streams in flight end as failed ("cancelled") and the partial result comes.
    void cancel();

signals:
    void warmupFinished();
    void requestFinished(const npufleet::bench::LiveSample& sample);
    void finished(const npufleet::bench::BenchResult& result);

private:
    enum class Phase { Idle, Warmup, Run, Done };
    void beginRun();
    void pump();
    void launch(int index);
    void onConnectionFinished(StreamConnection* connection);
    void checkTimeouts();
    void stopAtDeadline();
    void complete();

    BenchConfig m_config;
    QList<BenchRequest> m_requests;
    std::vector<QByteArray> m_wire; // ready request bytes per request
    QUrl m_url;
    QHostAddress m_address; // m_url's host, resolved before the clock starts
    SocketPoll* m_poll;
    QList<double> m_offsets;
    QList<RequestOutput> m_outputs;
    QList<double> m_queueTimes; // per request: how long it waited for a slot past its arrival
    double m_queueTime = 0; // of the request being launched
    std::vector<QList<serving::SseEvent>> m_events; // per request, until the run ends
    QHash<StreamConnection*, int> m_inFlight;
    QTimer* m_dispatch;
    QTimer* m_watchdog;
    serving::SteadyClock::time_point m_runStart;
    serving::SteadyClock::time_point m_started; // start(): the run's deadline counts from here
    Phase m_phase = Phase::Idle;
    int m_next = 0;
    int m_total = 0;
    int m_done = 0;
    bool m_cancelled = false;
};

} // namespace npufleet::bench
