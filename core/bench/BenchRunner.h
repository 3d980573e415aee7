// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <limits>
#include <memory>

#include "core/bench/BenchResult.h"
#include "core/bench/BenchTypes.h"
#include "core/bench/LoadGenerator.h"

class QThread;

namespace npufleet::bench {

// One point of a sweep: the request rate and the concurrency limit to run at.
struct SweepPoint
{
    double requestRate = std::numeric_limits<double>::infinity();
    int maxConcurrency = 0;
};

// Runs benchmarks on a thread of its own and reports back on the thread that owns the runner:
// one run, or a sweep (one run, and one result, per point). Safe to destroy mid-run.
class BenchRunner : public QObject
{
    Q_OBJECT
public:
    explicit BenchRunner(QObject* parent = nullptr);
    ~BenchRunner() override;

    bool isRunning() const { return m_generator != nullptr; }
    void start(const BenchConfig& config, const QList<BenchRequest>& requests);
    void startSweep(const BenchConfig& config, const QList<BenchRequest>& requests, const QList<SweepPoint>& points);
    void cancel();

signals:
    void runStarted(int point, int requests);
    void warmupFinished();
    void requestFinished(const npufleet::bench::LiveSample& sample);
    void runFinished(int point, const npufleet::bench::BenchResult& result);
    void allFinished(const QList<npufleet::bench::BenchResult>& results);

private:
    void startPoint();
    void onRunFinished(const BenchResult& result);
    void stopThread();

    BenchConfig m_config;
    QList<BenchRequest> m_requests;
    QList<SweepPoint> m_points;
    QList<BenchResult> m_results;
    int m_point = 0;
    bool m_cancelled = false;
    QThread* m_thread = nullptr;
    QPointer<LoadGenerator> m_generator;
};

} // namespace npufleet::bench
