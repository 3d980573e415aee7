// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/PreflightRunner.h"

#include <QDateTime>
#include <QMetaObject>
#include <QPointer>

#include "core/checks/ClusterChecks.h"
#include "core/checks/NodeChecks.h"
#include "core/remote/Transport.h"

namespace npufleet::checks {

NodeFacts collectFacts(remote::Transport& transport,
                       const cluster::Node& node,
                       const QList<ProbeCommand>& commands,
                       const std::atomic_bool& cancel,
                       int stepTimeoutMs,
                       const std::function<void()>& stepDone)
{
    NodeFacts facts;
    facts.node = node.name;
    for (const ProbeCommand& command : commands) {
        if (cancel.load())
            break;
        remote::ExecRequest request;
        request.command = command.command;
        request.timeoutMs = stepTimeoutMs > 0 ? std::min(command.timeoutMs, stepTimeoutMs) : command.timeoutMs;
        CommandOutput out;
        out.startedMs = QDateTime::currentMSecsSinceEpoch();
        try {
            const remote::ExecResult r = transport.execute(node, request, cancel);
            out.status = r.status;
            out.exitStatus = r.exitStatus;
            out.standardOutput = r.standardOutput;
            out.standardError = r.standardError;
            out.message = r.message;
        } catch (const std::exception& e) {
            out.status = remote::ExecStatus::Failed;
            out.message = QString::fromUtf8(e.what());
        }
        out.finishedMs = QDateTime::currentMSecsSinceEpoch();
        facts.outputs.insert(command.key, out);
        if (stepDone)
            stepDone();
        // No connection: the remaining commands would only wait for the same timeout again.
        const bool unreachable = out.status == remote::ExecStatus::Unreachable
            || out.status == remote::ExecStatus::AuthFailed || out.status == remote::ExecStatus::HostKeyUnknown
            || out.status == remote::ExecStatus::HostKeyChanged || out.status == remote::ExecStatus::Cancelled;
        if (unreachable)
            break;
    }
    return facts;
}

PreflightRunner::PreflightRunner(std::shared_ptr<remote::Transport> transport, QObject* parent)
    : QObject(parent)
    , m_transport(std::move(transport))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<CheckResult>();
    qRegisterMetaType<QList<CheckResult>>();
    qRegisterMetaType<PreflightReport>();
    m_pool.setMaxThreadCount(32); // jobs mostly wait on the network
}

PreflightRunner::~PreflightRunner()
{
    m_cancel->store(true);
    m_pool.waitForDone();
}

void PreflightRunner::setTransport(std::shared_ptr<remote::Transport> transport)
{
    if (!isRunning())
        m_transport = std::move(transport);
}

bool PreflightRunner::start(const PreflightPlan& plan)
{
    if (isRunning() || !m_transport || plan.nodes.isEmpty())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_plan = plan;
    m_facts.clear();
    m_results.clear();
    m_report = PreflightReport();
    m_report.deployment = plan.deployment;
    for (const PlannedNode& pn : plan.nodes) {
        m_report.nodes << pn.node.name;
        NodeFacts empty;
        empty.node = pn.node.name;
        m_facts << empty;
    }
    m_done = 0;
    m_total = 0;
    emit started(plan.deployment, m_report.nodes);
    startPhase(Phase::Probe);
    return true;
}

void PreflightRunner::cancel()
{
    m_cancel->store(true);
}

void PreflightRunner::startPhase(Phase phase)
{
    m_phase = phase;
    QList<QList<ProbeCommand>> perNode;
    for (const PlannedNode& pn : std::as_const(m_plan.nodes))
        perNode << (phase == Phase::Probe ? probeCommands(m_plan, pn) : pingCommands(m_plan, pn, m_facts));
    for (const auto& commands : std::as_const(perNode))
        m_total += int(commands.size());
    emit progress(m_done, m_total);

    m_pending = 0;
    QPointer<PreflightRunner> self(this);
    for (int i = 0; i < m_plan.nodes.size(); ++i) {
        if (perNode.at(i).isEmpty())
            continue;
        ++m_pending;
        auto stepDone = [self] {
            QMetaObject::invokeMethod(
                self,
                [self] {
                    if (self)
                        emit self->progress(++self->m_done, self->m_total);
                },
                Qt::QueuedConnection);
        };
        m_pool.start([self, i, node = m_plan.nodes.at(i).node, commands = perNode.at(i), transport = m_transport,
                      cancel = m_cancel, timeout = m_stepTimeoutMs, stepDone] {
            const NodeFacts facts = collectFacts(*transport, node, commands, *cancel, timeout, stepDone);
            QMetaObject::invokeMethod(
                self,
                [self, i, facts] {
                    if (self)
                        self->nodeDone(i, facts);
                },
                Qt::QueuedConnection);
        });
    }
    if (m_pending == 0)
        QMetaObject::invokeMethod(this, &PreflightRunner::finish, Qt::QueuedConnection);
}

void PreflightRunner::nodeDone(int index, const NodeFacts& facts)
{
    NodeFacts& merged = m_facts[index];
    for (auto it = facts.outputs.cbegin(); it != facts.outputs.cend(); ++it)
        merged.outputs.insert(it.key(), it.value());
    if (m_phase == Phase::Probe) {
        const QList<CheckResult> results = evaluateNode(m_plan, m_plan.nodes.at(index), merged);
        m_results << results;
        emit nodeChecked(merged.node, results);
    }
    if (--m_pending > 0)
        return;
    if (m_phase == Phase::Probe && m_plan.multiNode && !m_cancel->load())
        startPhase(Phase::Ping);
    else
        finish();
}

void PreflightRunner::finish()
{
    QList<CheckResult> all = m_results;
    m_report.pings = pingMatrix(m_plan, m_facts);
    all << evaluatePings(m_plan, m_report.pings);
    all << evaluateCluster(m_plan, m_facts);
    m_report.results = mergeResults(m_plan, all);
    m_report.cancelled = m_cancel->load();
    m_phase = Phase::Idle;
    emit progress(m_total, m_total);
    emit finished(m_report);
}

} // namespace npufleet::checks
