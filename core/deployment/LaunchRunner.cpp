// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/deployment/LaunchRunner.h"

#include <QFileInfo>
#include <QMutex>

#include "core/util/ShellQuote.h"

namespace npufleet::deployment {

using remote::ExecRequest;
using remote::ExecResult;
using remote::ExecStatus;
using remote::StepContext;
using remote::StepJob;
using remote::StepOutcome;
using remote::StepRunner;
using remote::Stream;

namespace {

QString statusText(const ExecResult& r)
{
    switch (r.status) {
    case ExecStatus::Ok:
        return r.exitStatus == 0 ? LaunchRunner::tr("done") : LaunchRunner::tr("exit status %1").arg(r.exitStatus);
    case ExecStatus::Unreachable:
        return LaunchRunner::tr("node unreachable: %1").arg(r.message);
    case ExecStatus::AuthFailed:
        return LaunchRunner::tr("authentication failed: %1").arg(r.message);
    case ExecStatus::HostKeyUnknown:
        return LaunchRunner::tr("unknown host key %1: confirm it first (Inventory)").arg(r.hostFingerprint);
    case ExecStatus::HostKeyChanged:
        return LaunchRunner::tr("the host key changed (%1): refused").arg(r.hostFingerprint);
    case ExecStatus::TimedOut:
        return LaunchRunner::tr("timed out");
    case ExecStatus::Cancelled:
        return LaunchRunner::tr("cancelled");
    case ExecStatus::Failed:
        break;
    }
    return LaunchRunner::tr("failed: %1").arg(r.message);
}

} // namespace

struct LaunchRunner::Secrets
{
    QMutex mutex;
    QHash<QString, QByteArray> values;

    QByteArray value(const QString& name)
    {
        QMutexLocker lock(&mutex);
        return values.value(name);
    }
    void insert(const QString& name, const QByteArray& value)
    {
        QMutexLocker lock(&mutex);
        values.insert(name, value);
    }
};

LaunchRunner::LaunchRunner(std::shared_ptr<remote::Transport> transport, QObject* parent)
    : QObject(parent)
    , m_runner(new StepRunner(std::move(transport), this))
{
    qRegisterMetaType<Stream>();
    connect(m_runner, &StepRunner::stepStarted, this, &LaunchRunner::stepStarted);
    connect(m_runner, &StepRunner::outputLine, this,
            [this](const QString& node, const QString&, Stream stream, const QString& line) {
                emit outputLine(node, stream, line);
            });
    connect(m_runner, &StepRunner::stepSkipped, this, &LaunchRunner::stepSkipped);
    connect(m_runner, &StepRunner::stepFinished, this,
            [this](const QString& node, const QString& id, const StepOutcome& outcome) {
                // A value a step captured is masked in every later line.
                const QString captured = outcome.value.toString();
                if (outcome.ok && !captured.isEmpty())
                    m_runner->addMaskedValue(m_secrets->value(captured));
                emit stepFinished(node, id, outcome.ok, outcome.message);
            });
    connect(m_runner, &StepRunner::finished, this, &LaunchRunner::finish);
}

LaunchRunner::~LaunchRunner() = default;

int LaunchRunner::defaultTimeoutMs(recipes::StepPhase phase)
{
    switch (phase) {
    case recipes::StepPhase::Prepare:
        return 60 * 60'000; // pulling a 20 GB image
    case recipes::StepPhase::Wait:
        return 40 * 60'000; // the wait scripts give up after 30 minutes themselves
    case recipes::StepPhase::Check:
    case recipes::StepPhase::Start:
    case recipes::StepPhase::Stop:
        break;
    }
    return 5 * 60'000;
}

QList<recipes::Step> LaunchRunner::runSteps(const recipes::LaunchPlan& plan, Mode mode)
{
    QList<recipes::Step> steps;
    const QString head = plan.nodes.isEmpty() ? QString() : plan.nodes.first().node;
    for (const recipes::NodePlan& n : plan.nodes) {
        if (mode == Mode::Launch) {
            for (const recipes::PlannedFile& f : plan.files) {
                if ((f.node.isEmpty() ? head : f.node) != n.node)
                    continue;
                const QString target = f.targetPath.isEmpty()
                    ? QStringLiteral("npufleet/%1/%2").arg(plan.deployment, f.name)
                    : f.targetPath;
                const QString dir = QFileInfo(target).path();
                const QString fileMode
                    = f.name.endsWith(QLatin1String(".sh")) ? QStringLiteral("0755") : QStringLiteral("0644");
                recipes::Step s;
                s.id = n.node + QStringLiteral("/place-file:") + f.name;
                s.node = n.node;
                s.phase = recipes::StepPhase::Prepare;
                s.purpose = tr("Place %1 (%2)").arg(target, f.purpose);
                s.script = QStringLiteral("mkdir -p -- %1 && cat > %2 && chmod %3 -- %2")
                               .arg(shell::quote(dir), shell::quote(target), fileMode);
                s.input = f.content;
                s.intent = remote::CommandIntent::onPath(remote::CommandKind::PlaceFile, target);
                steps << s;
            }
        }
        steps << (mode == Mode::Launch ? n.start : n.stop);
    }
    return steps;
}

bool LaunchRunner::launch(const recipes::LaunchPlan& plan)
{
    return start(plan, Mode::Launch);
}

bool LaunchRunner::stop(const recipes::LaunchPlan& plan)
{
    return start(plan, Mode::Stop);
}

bool LaunchRunner::start(const recipes::LaunchPlan& plan, Mode mode)
{
    if (m_runner->isRunning())
        return false;
    m_mode = mode;
    m_planNodes = plan.nodes;
    m_secrets = std::make_shared<Secrets>();
    m_runner->clearMaskedValues();
    for (auto it = m_givenSecrets.cbegin(); it != m_givenSecrets.cend(); ++it) {
        m_secrets->insert(it.key(), it.value());
        m_runner->addMaskedValue(it.value());
    }
    QList<StepJob> jobs;
    for (const recipes::Step& s : runSteps(plan, mode))
        jobs << job(s, m_secrets);
    return m_runner->start(jobs,
                           mode == Mode::Launch ? StepRunner::Policy::StopOnFailure : StepRunner::Policy::BestEffort);
}

LaunchRunner::StepState LaunchRunner::state(const QString& stepId) const
{
    return StepState(int(m_runner->state(stepId)));
}

cluster::Node LaunchRunner::nodeFor(const QString& name) const
{
    for (const cluster::Node& n : m_nodes) {
        if (n.name == name)
            return n;
    }
    cluster::Node n;
    n.name = name;
    for (const recipes::NodePlan& p : m_planNodes) {
        if (p.node == name) {
            n.host = p.host;
            n.user = p.user;
        }
    }
    return n;
}

StepJob LaunchRunner::job(const recipes::Step& step, const std::shared_ptr<Secrets>& secrets) const
{
    StepJob job;
    job.id = step.id;
    job.node = nodeFor(step.node);
    job.title = step.purpose;
    job.waitsFor = step.waitsFor;
    job.timeoutMs = m_stepTimeoutMs > 0 ? m_stepTimeoutMs : defaultTimeoutMs(step.phase);
    job.work = [step, secrets](StepContext& context) -> StepOutcome {
        ExecRequest request;
        request.timeoutMs = context.timeoutMs();
        request.standardInput = step.input;
        request.intent = step.commandIntent();
        QString command = step.commandLine();
        if (!step.needsSecrets.isEmpty()) {
            // Values go on standard input, read into the shell's environment: never on a command line.
            QStringList reads;
            QByteArray values;
            for (const QString& var : step.needsSecrets) {
                QByteArray value = secrets->value(var);
                if (value.isEmpty())
                    value = qgetenv(var.toLocal8Bit().constData());
                if (!shell::isValidVariableName(var) || value.isEmpty() || value.contains('\n'))
                    return StepOutcome::failed(tr("%1 is not set: give it before launching").arg(var));
                context.addMasked(value);
                reads << QStringLiteral("IFS= read -r %1 && export %1").arg(var);
                values += value + '\n';
            }
            command = reads.join(QStringLiteral(" && ")) + QStringLiteral(" && ( ") + command + QStringLiteral(" )");
            request.standardInput = values + step.input;
        }
        request.command = command;
        if (step.captureAs.isEmpty()) {
            const ExecResult result = context.exec(request);
            return {result.succeeded(), statusText(result), {}};
        }
        // A step that prints a secret: its standard output is kept, never shown.
        QByteArray captured;
        const ExecResult result = context.exec(request, [&](Stream stream, const QByteArray& line) {
            if (stream == Stream::Stdout)
                captured += line + '\n';
            else
                context.print(stream, line);
        });
        if (!result.succeeded())
            return {false, statusText(result), {}};
        const QByteArray value = captured.trimmed();
        if (value.isEmpty())
            return StepOutcome::failed(tr("printed no value for %1").arg(step.captureAs));
        secrets->insert(step.captureAs, value);
        return {true, tr("kept %1 (not shown)").arg(step.captureAs), step.captureAs};
    };
    return job;
}

void LaunchRunner::finish()
{
    m_secrets.reset(); // captured values live only as long as the run
    const int done = m_runner->count(StepRunner::State::Done);
    const int failed = m_runner->count(StepRunner::State::Failed);
    const int skipped = m_runner->count(StepRunner::State::Skipped);
    const int total = m_runner->total();
    const bool ok = failed == 0 && skipped == 0;
    QString summary;
    if (m_runner->wasCancelled())
        summary = tr("Cancelled: %1 of %2 steps done.").arg(done).arg(total);
    else if (ok)
        summary = m_mode == Mode::Launch ? tr("Launched: all %n step(s) done.", nullptr, done)
                                         : tr("Stopped: all %n step(s) done.", nullptr, done);
    else
        summary = tr("%1 of %2 steps done, %3 failed, %4 skipped.").arg(done).arg(total).arg(failed).arg(skipped);
    emit finished(ok, summary);
}

} // namespace npufleet::deployment
