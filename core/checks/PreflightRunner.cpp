// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/PreflightRunner.h"

#include <QDateTime>

#include "core/checks/ClusterChecks.h"
#include "core/checks/NodeChecks.h"
#include "core/remote/StepRunner.h"

namespace npufleet::checks {

namespace {

// One probe command, its answer recorded whatever it is.
CommandOutput runProbe(remote::StepContext& context, const ProbeCommand& command, int stepTimeoutMs)
{
    remote::ExecRequest request;
    request.command = command.command;
    request.intent = command.intent;
    request.timeoutMs = stepTimeoutMs > 0 ? std::min(command.timeoutMs, stepTimeoutMs) : command.timeoutMs;
    CommandOutput out;
    out.startedMs = QDateTime::currentMSecsSinceEpoch();
    const remote::ExecResult r = context.execQuiet(request);
    out.finishedMs = QDateTime::currentMSecsSinceEpoch();
    out.status = r.status;
    out.exitStatus = r.exitStatus;
    out.standardOutput = r.standardOutput;
    out.standardError = r.standardError;
    out.message = r.message;
    return out;
}

// No connection: the node's remaining commands would only wait for the same timeout again.
bool unreachable(const CommandOutput& out)
{
    return out.status == remote::ExecStatus::Unreachable || out.status == remote::ExecStatus::AuthFailed
        || out.status == remote::ExecStatus::HostKeyUnknown || out.status == remote::ExecStatus::HostKeyChanged
        || out.status == remote::ExecStatus::Cancelled;
}

} // namespace

PreflightRunner::PreflightRunner(std::shared_ptr<remote::Transport> transport, QObject* parent)
    : QObject(parent)
    , m_runner(new remote::StepRunner(std::move(transport), this))
{
    qRegisterMetaType<CheckResult>();
    qRegisterMetaType<QList<CheckResult>>();
    qRegisterMetaType<PreflightReport>();
    connect(m_runner, &remote::StepRunner::stepFinished, this,
            [this](const QString& node, const QString& id, const remote::StepOutcome& outcome) {
                const CommandOutput out = outcome.value.value<CommandOutput>();
                stepSettled(node, id, &out);
            });
    connect(m_runner, &remote::StepRunner::stepSkipped, this,
            [this](const QString& node, const QString& id) { stepSettled(node, id, nullptr); });
    connect(m_runner, &remote::StepRunner::finished, this, &PreflightRunner::phaseDone);
}

PreflightRunner::~PreflightRunner() = default;

void PreflightRunner::setTransport(std::shared_ptr<remote::Transport> transport)
{
    if (!isRunning())
        m_runner->setTransport(std::move(transport));
}

bool PreflightRunner::start(const PreflightPlan& plan)
{
    if (isRunning() || plan.nodes.isEmpty())
        return false;
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
    m_probing = QSet<QString>(m_report.nodes.cbegin(), m_report.nodes.cend());
    m_done = 0;
    m_total = 0;
    startPhase(Phase::Probe);
    if (m_phase == Phase::Idle)
        return false; // no transport
    emit started(plan.deployment, m_report.nodes);
    return true;
}

bool PreflightRunner::retry(const QStringList& nodes)
{
    if (isRunning() || nodes.isEmpty() || m_plan.nodes.isEmpty())
        return false;
    for (const QString& node : nodes) {
        if (indexOf(node) < 0)
            return false;
    }
    m_probing = QSet<QString>(nodes.cbegin(), nodes.cend());
    for (const QString& node : nodes) {
        NodeFacts empty;
        empty.node = node;
        m_facts[indexOf(node)] = empty;
    }
    m_results.removeIf([this](const CheckResult& r) { return m_probing.contains(r.node); });
    m_report.results.clear();
    m_report.pings.clear();
    m_report.cancelled = false;
    m_done = 0;
    m_total = 0;
    startPhase(Phase::Probe);
    if (m_phase == Phase::Idle)
        return false;
    emit started(m_plan.deployment, nodes);
    return true;
}

void PreflightRunner::cancel()
{
    m_runner->cancel();
}

int PreflightRunner::indexOf(const QString& node) const
{
    for (int i = 0; i < m_plan.nodes.size(); ++i) {
        if (m_plan.nodes.at(i).node.name == node)
            return i;
    }
    return -1;
}

void PreflightRunner::startPhase(Phase phase)
{
    QList<remote::StepJob> jobs;
    m_remaining.clear();
    m_keys.clear();
    for (const PlannedNode& pn : std::as_const(m_plan.nodes)) {
        if (phase == Phase::Probe && !m_probing.contains(pn.node.name))
            continue; // a retry keeps what the other nodes answered
        const QList<ProbeCommand> commands
            = phase == Phase::Probe ? probeCommands(m_plan, pn) : pingCommands(m_plan, pn, m_facts);
        for (const ProbeCommand& command : commands) {
            remote::StepJob job;
            job.id = pn.node.name + QLatin1Char('|') + command.key;
            m_keys.insert(job.id, command.key);
            job.node = pn.node;
            job.title = command.key;
            job.timeoutMs = command.timeoutMs;
            job.work = [command, timeout = m_stepTimeoutMs](remote::StepContext& context) -> remote::StepOutcome {
                const CommandOutput out = runProbe(context, command, timeout);
                return {!unreachable(out), out.message, QVariant::fromValue(out)};
            };
            jobs << job;
        }
        m_remaining.insert(pn.node.name, int(commands.size()));
    }
    m_total += int(jobs.size());
    emit progress(m_done, m_total);
    m_phase = phase;
    if (jobs.isEmpty()) { // e.g. no pings to make: the phase is done at once, from the event loop
        QMetaObject::invokeMethod(this, &PreflightRunner::phaseDone, Qt::QueuedConnection);
        return;
    }
    if (!m_runner->start(jobs, remote::StepRunner::Policy::StopOnFailure))
        m_phase = Phase::Idle;
}

void PreflightRunner::stepSettled(const QString& node, const QString& id, const CommandOutput* output)
{
    const int index = indexOf(node);
    if (index < 0)
        return;
    if (output)
        m_facts[index].outputs.insert(m_keys.value(id), *output);
    emit progress(++m_done, m_total);
    if (--m_remaining[node] > 0 || m_phase != Phase::Probe)
        return;
    const QList<CheckResult> results = evaluateNode(m_plan, m_plan.nodes.at(index), m_facts.at(index));
    m_results << results;
    emit nodeChecked(node, results);
}

void PreflightRunner::phaseDone()
{
    if (m_phase == Phase::Probe && m_plan.multiNode && !m_runner->wasCancelled())
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
    m_report.cancelled = m_runner->wasCancelled();
    m_phase = Phase::Idle;
    emit progress(m_total, m_total);
    emit finished(m_report);
}

PreflightReport PreflightRunner::reevaluated() const
{
    if (isRunning() || m_plan.nodes.isEmpty())
        return m_report;
    // Only the nodes that were checked: a cancelled run's unchecked nodes stay unchecked.
    QSet<QString> checked;
    for (const CheckResult& r : m_results)
        checked.insert(r.node);
    QList<CheckResult> all;
    for (int i = 0; i < m_plan.nodes.size(); ++i) {
        if (checked.contains(m_plan.nodes.at(i).node.name))
            all << evaluateNode(m_plan, m_plan.nodes.at(i), m_facts.at(i));
    }
    all << evaluatePings(m_plan, m_report.pings);
    all << evaluateCluster(m_plan, m_facts);
    PreflightReport report = m_report;
    report.results = mergeResults(m_plan, all);
    return report;
}

} // namespace npufleet::checks
