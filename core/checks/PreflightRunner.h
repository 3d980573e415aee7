// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <memory>

#include "core/checks/NodeFacts.h"
#include "core/checks/PreflightPlan.h"
#include "core/checks/PreflightReport.h"

namespace npufleet::remote {
class StepRunner;
class Transport;
struct StepOutcome;
} // namespace npufleet::remote

namespace npufleet::checks {

// Pre-flight of one deployment on every node at once, on the step runner: each probe command is a step
// of its node (a slow or unreachable node holds up no other; an unreachable one stops after its first
// command). Multi-node deployments then ping between the nodes, once every node has answered.
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
    // After a finished run: checks these nodes of it again (those that did not answer, say), keeps the other
    // nodes' findings, and pings between all nodes once more. False while running, or for unknown nodes.
    bool retry(const QStringList& nodes);
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle; }
    const PreflightReport& report() const { return m_report; }
    // The last report's checks evaluated again from the answers kept (the checks are pure functions of
    // them): the same findings, in the language now installed. The last report as it is while running.
    PreflightReport reevaluated() const;

signals:
    void started(const QString& deployment, const QStringList& nodes);
    void progress(int done, int total);
    // A node's own checks, as soon as that node has answered.
    void nodeChecked(const QString& node, const QList<npufleet::checks::CheckResult>& results);
    void finished(const npufleet::checks::PreflightReport& report);

private:
    enum class Phase { Idle, Probe, Ping };
    void startPhase(Phase phase);
    void stepSettled(const QString& node, const QString& id, const CommandOutput* output);
    void phaseDone();
    void finish();
    int indexOf(const QString& node) const;

    remote::StepRunner* m_runner;
    int m_stepTimeoutMs = 60'000;
    Phase m_phase = Phase::Idle;
    PreflightPlan m_plan;
    QList<NodeFacts> m_facts;
    QSet<QString> m_probing; // the nodes the probe phase runs on (all, or those retried)
    QHash<QString, int> m_remaining; // node → steps of this phase not settled yet
    QHash<QString, QString> m_keys; // step id → the probe's key in NodeFacts
    QList<CheckResult> m_results;
    PreflightReport m_report;
    int m_done = 0;
    int m_total = 0;
};

} // namespace npufleet::checks
