// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/NfsRunner.h"

#include <QMetaObject>
#include <QPointer>

#include "core/remote/StepRunner.h"
#include "core/remote/Transport.h"
#include "core/util/ShellQuote.h"

namespace npufleet::storage {

NfsRunner::NfsRunner(std::shared_ptr<remote::Transport> transport, QObject* parent)
    : QObject(parent)
    , m_runner(new remote::StepRunner(std::move(transport), this))
    , m_abort(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<StepReport>();
    qRegisterMetaType<CheckReport>();
    m_runner->setConcurrency(16);
    connect(m_runner, &remote::StepRunner::stepStarted, this, [this](const QString&, const QString& id) {
        if (m_run == Run::Steps) {
            const JobStep step = m_jobSteps.value(id);
            emit stepStarted(step.node, step.stepId, step.title);
        }
    });
    connect(m_runner, &remote::StepRunner::outputLine, this,
            [this](const QString& node, const QString&, remote::Stream stream, const QString& text) {
                emit outputReceived(node, stream == remote::Stream::Stderr, text);
            });
    connect(
        m_runner, &remote::StepRunner::stepFinished, this,
        [this](const QString&, const QString& id, const remote::StepOutcome& outcome) { onStepFinished(id, outcome); });
    connect(m_runner, &remote::StepRunner::stepSkipped, this,
            [this](const QString&, const QString& id) { onStepSkipped(id); });
    connect(m_runner, &remote::StepRunner::finished, this, &NfsRunner::onRunFinished);
}

NfsRunner::~NfsRunner()
{
    abort();
    delete m_runner; // waits for the running steps while this object is still whole
}

void NfsRunner::setTransport(std::shared_ptr<remote::Transport> transport)
{
    m_runner->setTransport(std::move(transport));
}

void NfsRunner::apply(const NfsPlan& plan)
{
    start({Wave {{plan.server}, false}, Wave {plan.clients, false}});
}

void NfsRunner::undo(const NfsPlan& plan)
{
    start({Wave {plan.clients, true}, Wave {{plan.server}, true}});
}

void NfsRunner::cancel()
{
    m_runner->cancel();
}

void NfsRunner::abort()
{
    m_abort->store(true);
    m_runner->cancel();
}

void NfsRunner::start(const QList<Wave>& waves)
{
    if (isRunning())
        return;
    m_abort = std::make_shared<std::atomic_bool>(false);
    m_reports.clear();
    m_checks.clear();
    m_jobSteps.clear();
    const QString stamp = NfsExecutor::stampNow();
    // Each NFS step is a step of its node; a wave waits for every step of the wave before it, so a
    // failure or a cancel leaves the next waves not run.
    QList<remote::StepJob> jobs;
    QStringList previousWave;
    for (const Wave& wave : waves) {
        QStringList thisWave;
        for (const NfsNodePlan& node : wave.nodes) {
            for (const NfsStep& step : wave.undo ? node.undo : node.apply) {
                remote::StepJob job;
                job.id = node.node.name + QLatin1Char('|') + step.id;
                job.node = node.node;
                job.title = step.title;
                job.timeoutMs = step.timeoutMs;
                job.waitsFor = previousWave;
                job.work = [node, step, stamp, kill = m_abort](remote::StepContext& context) -> remote::StepOutcome {
                    // Cancel waits for the running command (a half-done package install or file write should
                    // not suffer from it); only abort kills it.
                    NfsExecutor exec(context.transport(), context.cancelFlag(), stamp, kill.get());
                    const StepReport r
                        = exec.run(node, step,
                                   [&](const QString&, remote::Stream s, const QByteArray& c) { context.print(s, c); });
                    return {r.ok(), r.message, QVariant::fromValue(r)};
                };
                m_jobSteps.insert(job.id, JobStep {node.node.name, step.id, step.title});
                thisWave << job.id;
                jobs << job;
            }
        }
        if (!thisWave.isEmpty())
            previousWave = thisWave;
    }
    m_done = 0;
    m_total = int(jobs.size());
    m_run = Run::Steps;
    emit progress(0, m_total);
    if (!m_runner->start(jobs, remote::StepRunner::Policy::StopOnFailure)) {
        m_run = Run::None;
        if (jobs.isEmpty())
            finishSteps();
    }
}

void NfsRunner::onStepFinished(const QString& id, const remote::StepOutcome& outcome)
{
    if (m_run == Run::Steps) {
        const StepReport r = outcome.value.value<StepReport>();
        m_reports << r;
        emit stepFinished(r);
        emit progress(++m_done, m_total);
    } else if (m_run == Run::DetectOs && outcome.value.isValid()) {
        m_families.insert(id, OsFamily(outcome.value.toInt()));
    }
}

void NfsRunner::onStepSkipped(const QString& id)
{
    if (m_run == Run::Steps) {
        const JobStep step = m_jobSteps.value(id);
        const StepStatus status = m_runner->wasCancelled() ? StepStatus::Cancelled : StepStatus::NotRun;
        const StepReport r {step.node, step.stepId, step.title, status, {}, {}};
        m_reports << r;
        emit stepFinished(r);
        emit progress(++m_done, m_total);
    }
}

void NfsRunner::onRunFinished()
{
    const Run run = m_run;
    m_run = Run::None;
    if (run == Run::Steps)
        finishSteps();
    else if (run == Run::Verify)
        finishVerify();
    else if (run == Run::DetectOs)
        emit osDetected(m_families);
}

void NfsRunner::finishSteps()
{
    bool ok = !m_runner->wasCancelled();
    int failed = 0;
    int done = 0;
    for (const StepReport& r : std::as_const(m_reports)) {
        ok = ok && r.ok();
        if (r.ok())
            ++done;
        else if (r.status == StepStatus::Failed || r.status == StepStatus::TimedOut)
            ++failed;
    }
    const QString summary = ok ? tr("All %n step(s) succeeded.", nullptr, done)
                               : tr("%1 of %2 steps succeeded, %3 failed, %4 not run%5.")
                                     .arg(done)
                                     .arg(m_total)
                                     .arg(failed)
                                     .arg(m_total - done - failed)
                                     .arg(m_runner->wasCancelled() ? tr(" (cancelled)") : QString());
    emit finished(ok, summary);
}

void NfsRunner::detectOs(const QList<cluster::Node>& nodes, const QString& etcRoot)
{
    if (isRunning() || nodes.isEmpty())
        return;
    const QString file = ConfigEditor::normalizePath(etcRoot) + QStringLiteral("/os-release");
    const QString command = file == QLatin1String("/etc/os-release") ? QStringLiteral("cat /etc/os-release")
                                                                     : QStringLiteral("cat -- ") + shell::quote(file);
    // Every node at once: an unreachable one costs its timeout once, not once per node before it.
    QList<remote::StepJob> jobs;
    for (const cluster::Node& node : nodes) {
        remote::StepJob job;
        job.id = node.name;
        job.node = node;
        job.title = tr("Read %1").arg(file);
        job.timeoutMs = 20'000;
        job.work = [command, file](remote::StepContext& context) -> remote::StepOutcome {
            remote::ExecRequest request;
            request.command = command;
            request.timeoutMs = 0; // the step's
            request.intent = remote::CommandIntent::onPath(remote::CommandKind::OsRelease, file);
            const remote::ExecResult r = context.execQuiet(request);
            if (!r.succeeded())
                return remote::StepOutcome::failed(r.message);
            return {true, {}, int(osFamilyFromOsRelease(r.standardOutput))};
        };
        jobs << job;
    }
    m_families.clear();
    m_run = Run::DetectOs;
    if (!m_runner->start(jobs, remote::StepRunner::Policy::BestEffort))
        m_run = Run::None;
}

void NfsRunner::verify(const NfsPlan& plan)
{
    if (isRunning())
        return;
    m_checks.clear();
    m_done = 0;
    m_total = int(plan.clients.size()) * 4;
    // The server's listing first; then every client at once, each compared with it.
    auto listing = std::make_shared<remote::ExecResult>();
    QList<remote::StepJob> jobs;
    remote::StepJob server;
    server.id = QStringLiteral("server-listing");
    server.node = plan.server.node;
    server.title = tr("List the export on the server");
    server.work = [plan, listing](remote::StepContext& context) -> remote::StepOutcome {
        *listing = NfsVerifier::serverListing(context.transport(), plan, context.cancelFlag());
        return {};
    };
    jobs << server;
    QPointer<NfsRunner> self(this);
    for (const NfsNodePlan& client : plan.clients) {
        remote::StepJob job;
        job.id = QStringLiteral("client:") + client.node.name;
        job.node = client.node;
        job.title = tr("Verify the share on %1").arg(client.node.name);
        job.waitsFor = {server.id};
        job.work = [self, plan, client, listing](remote::StepContext& context) -> remote::StepOutcome {
            NfsVerifier::verifyClient(context.transport(), plan, client, *listing, context.cancelFlag(),
                                      [self](const CheckReport& r) {
                                          QMetaObject::invokeMethod(
                                              self,
                                              [self, r] {
                                                  if (self)
                                                      self->reportCheck(r);
                                              },
                                              Qt::QueuedConnection);
                                      });
            return {};
        };
        jobs << job;
    }
    m_run = Run::Verify;
    emit progress(0, m_total);
    if (!m_runner->start(jobs, remote::StepRunner::Policy::BestEffort))
        m_run = Run::None;
}

void NfsRunner::reportCheck(const CheckReport& report)
{
    m_checks << report;
    emit checkFinished(report);
    emit progress(++m_done, m_total);
}

void NfsRunner::finishVerify()
{
    int passed = 0;
    for (const CheckReport& c : std::as_const(m_checks))
        passed += c.passed ? 1 : 0;
    const bool cancelled = m_runner->wasCancelled();
    const bool ok = passed == m_total && !cancelled;
    emit finished(ok,
                  cancelled ? tr("%1 of %2 checks passed (stopped).").arg(passed).arg(m_total)
                            : tr("%1 of %2 checks passed.").arg(passed).arg(m_total));
}

} // namespace npufleet::storage
