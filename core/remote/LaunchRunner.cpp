// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/LaunchRunner.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <QSet>

#include "core/remote/FanOut.h"
#include "core/util/ShellQuote.h"

namespace npufleet::remote {

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

QByteArray masked(QByteArray line, const QList<QByteArray>& secrets)
{
    for (const QByteArray& s : secrets) {
        if (s.size() >= 4) // shorter values would mask ordinary words
            line.replace(s, "********");
    }
    return line;
}

} // namespace

LaunchRunner::LaunchRunner(std::shared_ptr<Transport> transport, QObject* parent)
    : QObject(parent)
    , m_transport(std::move(transport))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<Stream>();
    m_pool.setMaxThreadCount(32); // jobs mostly wait on the network
}

LaunchRunner::~LaunchRunner()
{
    m_cancel->store(true);
    m_pool.waitForDone();
}

void LaunchRunner::setTransport(std::shared_ptr<Transport> transport)
{
    m_transport = std::move(transport);
}

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
    if (m_running || !m_transport)
        return false;
    const QList<recipes::Step> steps = runSteps(plan, mode);
    if (steps.isEmpty())
        return false;
    m_mode = mode;
    m_planNodes = plan.nodes;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_items.clear();
    m_index.clear();
    m_secrets = m_givenSecrets;
    for (const recipes::Step& s : steps) {
        Item item;
        item.step = s;
        m_index.insert(s.id, int(m_items.size()));
        m_items << item;
    }
    m_running = true;
    // Start from the event loop, so that callers connect before the first signal.
    QMetaObject::invokeMethod(this, &LaunchRunner::schedule, Qt::QueuedConnection);
    return true;
}

void LaunchRunner::cancel()
{
    m_cancel->store(true);
    if (m_running)
        QMetaObject::invokeMethod(this, &LaunchRunner::schedule, Qt::QueuedConnection);
}

LaunchRunner::StepState LaunchRunner::state(const QString& stepId) const
{
    const int i = m_index.value(stepId, -1);
    return i < 0 ? StepState::Pending : m_items.at(i).state;
}

bool LaunchRunner::waitsOnFailure(const Item& item, QString* reason) const
{
    for (const QString& dep : item.step.waitsFor) {
        const int i = m_index.value(dep, -1);
        if (i >= 0 && (m_items.at(i).state == StepState::Failed || m_items.at(i).state == StepState::Skipped)) {
            *reason = tr("waits for %1, which did not succeed").arg(dep);
            return true;
        }
    }
    return false;
}

bool LaunchRunner::ready(const Item& item) const
{
    for (const QString& dep : item.step.waitsFor) {
        const int i = m_index.value(dep, -1); // a step outside this run orders nothing
        if (i < 0)
            continue;
        const StepState s = m_items.at(i).state;
        const bool settled
            = s == StepState::Done || (m_mode == Mode::Stop && (s == StepState::Failed || s == StepState::Skipped));
        if (!settled)
            return false;
    }
    return true;
}

void LaunchRunner::skip(int index, const QString& reason)
{
    Item& item = m_items[index];
    item.state = StepState::Skipped;
    emit stepSkipped(item.step.node, item.step.id, reason);
}

void LaunchRunner::schedule()
{
    if (!m_running)
        return;
    const bool cancelled = m_cancel->load();
    // Skips spread along waitsFor chains, across nodes: repeat until nothing changes.
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).state != StepState::Pending)
                continue;
            QString reason;
            if (cancelled)
                reason = tr("cancelled");
            else if (m_mode == Mode::Launch && !waitsOnFailure(m_items.at(i), &reason))
                continue;
            else if (m_mode == Mode::Stop)
                continue;
            skip(i, reason);
            changed = true;
        }
    }
    // One step at a time per node: the first pending one, once what it waits for is done.
    QSet<QString> busy;
    for (const Item& item : std::as_const(m_items)) {
        if (item.state == StepState::Running)
            busy.insert(item.step.node);
    }
    for (int i = 0; i < m_items.size(); ++i) {
        const Item& item = m_items.at(i);
        if (item.state != StepState::Pending || busy.contains(item.step.node))
            continue;
        busy.insert(item.step.node); // later steps of this node wait for this one
        if (ready(item))
            startItem(i);
    }
    for (const Item& item : std::as_const(m_items)) {
        if (item.state == StepState::Running)
            return;
    }
    // Nothing runs and nothing can start: whatever is left waits for a step that never comes.
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).state == StepState::Pending)
            skip(i, tr("waits for a step that cannot run"));
    }
    finish();
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

void LaunchRunner::startItem(int index)
{
    Item& item = m_items[index];
    const recipes::Step& step = item.step;
    item.state = StepState::Running;
    emit stepStarted(step.node, step.id, step.purpose);

    ExecRequest request;
    request.timeoutMs = m_stepTimeoutMs > 0 ? m_stepTimeoutMs : defaultTimeoutMs(step.phase);
    request.standardInput = item.step.input;
    QString command = step.commandLine();
    QList<QByteArray> secretValues;
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it)
        secretValues << it.value();
    if (!step.needsSecrets.isEmpty()) {
        // Values go on standard input, read into the shell's environment: never on a command line.
        QStringList reads;
        QByteArray values;
        for (const QString& var : step.needsSecrets) {
            QByteArray value = m_secrets.value(var);
            if (value.isEmpty())
                value = qgetenv(var.toLocal8Bit().constData());
            if (!shell::isValidVariableName(var) || value.isEmpty() || value.contains('\n')) {
                ExecResult missing;
                missing.message = tr("%1 is not set: give it before launching").arg(var);
                // Later, not from inside schedule(): it would start steps behind this loop's back.
                QMetaObject::invokeMethod(
                    this, [this, index, missing] { itemDone(index, missing, {}); }, Qt::QueuedConnection);
                return;
            }
            secretValues << value;
            reads << QStringLiteral("IFS= read -r %1 && export %1").arg(var);
            values += value + '\n';
        }
        command = reads.join(QStringLiteral(" && ")) + QStringLiteral(" && ( ") + command + QStringLiteral(" )");
        request.standardInput = values + item.step.input;
    }
    request.command = command;

    QPointer<LaunchRunner> self(this);
    const bool capture = !step.captureAs.isEmpty();
    m_pool.start([self, index, capture, secretValues, request, node = nodeFor(step.node), transport = m_transport,
                  cancel = m_cancel] {
        QList<QPair<Stream, QByteArray>> batch;
        QByteArray captured;
        QElapsedTimer sinceFlush;
        sinceFlush.start();
        auto flush = [&] {
            if (batch.isEmpty())
                return;
            QMetaObject::invokeMethod(
                self,
                [self, name = node.name, batch] {
                    if (!self)
                        return;
                    for (const auto& [stream, line] : batch)
                        emit self->outputLine(name, stream, QString::fromUtf8(line));
                },
                Qt::QueuedConnection);
            batch.clear();
            sinceFlush.restart();
        };
        // Output reaches the GUI in batches (~50 ms), so a chatty step cannot flood the event loop.
        const ExecResult result
            = runSplitting(*transport, node, request, *cancel, [&](Stream stream, const QByteArray& line) {
                  if (capture && stream == Stream::Stdout) {
                      captured += line + '\n'; // a secret: kept, never shown
                      return;
                  }
                  batch << qMakePair(stream, masked(line, secretValues));
                  if (sinceFlush.elapsed() >= 50)
                      flush();
              });
        flush();
        QMetaObject::invokeMethod(
            self,
            [self, index, result, captured] {
                if (self)
                    self->itemDone(index, result, captured);
            },
            Qt::QueuedConnection);
    });
}

void LaunchRunner::itemDone(int index, const ExecResult& result, const QByteArray& captured)
{
    Item& item = m_items[index];
    const bool ok = result.succeeded();
    item.state = ok ? StepState::Done : StepState::Failed;
    QString message = statusText(result);
    if (ok && !item.step.captureAs.isEmpty()) {
        const QByteArray value = captured.trimmed();
        if (value.isEmpty()) {
            item.state = StepState::Failed;
            message = tr("printed no value for %1").arg(item.step.captureAs);
        } else {
            m_secrets.insert(item.step.captureAs, value);
            message = tr("kept %1 (not shown)").arg(item.step.captureAs);
        }
    }
    emit stepFinished(item.step.node, item.step.id, item.state == StepState::Done, message);
    if (item.state == StepState::Failed && m_mode == Mode::Launch) {
        for (int i = index + 1; i < m_items.size(); ++i) {
            if (m_items.at(i).step.node == item.step.node && m_items.at(i).state == StepState::Pending)
                skip(i, tr("an earlier step on this node failed"));
        }
    }
    schedule();
}

void LaunchRunner::finish()
{
    m_running = false;
    m_secrets.clear(); // captured values live only as long as the run
    int done = 0, failed = 0, skipped = 0;
    for (const Item& item : std::as_const(m_items)) {
        done += item.state == StepState::Done;
        failed += item.state == StepState::Failed;
        skipped += item.state == StepState::Skipped;
    }
    const bool ok = failed == 0 && skipped == 0;
    QString summary;
    if (m_cancel->load())
        summary = tr("Cancelled: %1 of %2 steps done.").arg(done).arg(m_items.size());
    else if (ok)
        summary = m_mode == Mode::Launch ? tr("Launched: all %n step(s) done.", nullptr, done)
                                         : tr("Stopped: all %n step(s) done.", nullptr, done);
    else
        summary
            = tr("%1 of %2 steps done, %3 failed, %4 skipped.").arg(done).arg(m_items.size()).arg(failed).arg(skipped);
    emit finished(ok, summary);
}

} // namespace npufleet::remote
