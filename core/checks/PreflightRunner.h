// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>

#include "core/checks/NodeFacts.h"
#include "core/checks/PreflightPlan.h"
#include "core/checks/PreflightReport.h"

namespace npufleet::remote {
class Transport;
}

namespace npufleet::checks {

// Runs commands on one node in order and records the answers. Blocking: call it on a worker thread.
// Stops early when the node cannot be reached or on cancel; every step has its own timeout.
NodeFacts collectFacts(remote::Transport& transport,
                       const cluster::Node& node,
                       const QList<ProbeCommand>& commands,
                       const std::atomic_bool& cancel,
                       int stepTimeoutMs,
                       const std::function<void()>& stepDone = {});

// Pre-flight of one deployment on every node at once: one job per node on its own thread pool (a slow or
// dead node never holds up the others), then the NPU ping matrix between nodes, then the cross-node checks.
// Results come back as queued signals on the runner's thread.
class PreflightRunner : public QObject
{
    Q_OBJECT
public:
    explicit PreflightRunner(std::shared_ptr<remote::Transport> transport, QObject* parent = nullptr);
    ~PreflightRunner() override;

    void setTransport(std::shared_ptr<remote::Transport> transport);
    // Upper bound for any one command (each command also has its own, smaller or larger, default).
    void setStepTimeoutMs(int ms) { m_stepTimeoutMs = ms; }

    // Starts; false when already running or without a transport.
    bool start(const PreflightPlan& plan);
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle; }
    const PreflightReport& report() const { return m_report; }

signals:
    void started(const QString& deployment, const QStringList& nodes);
    void progress(int done, int total);
    // A node's own checks, as soon as that node has answered.
    void nodeChecked(const QString& node, const QList<npufleet::checks::CheckResult>& results);
    void finished(const npufleet::checks::PreflightReport& report);

private:
    enum class Phase { Idle, Probe, Ping };
    void startPhase(Phase phase);
    void nodeDone(int index, const NodeFacts& facts);
    void finish();

    std::shared_ptr<remote::Transport> m_transport;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_stepTimeoutMs = 60'000;
    Phase m_phase = Phase::Idle;
    PreflightPlan m_plan;
    QList<NodeFacts> m_facts;
    QList<CheckResult> m_results;
    PreflightReport m_report;
    int m_pending = 0;
    int m_done = 0;
    int m_total = 0;
};

} // namespace npufleet::checks
