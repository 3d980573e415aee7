// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/NfsRunner.h"

#include <QMetaObject>
#include <QPointer>

#include "core/remote/FanOut.h"
#include "core/remote/Transport.h"
#include "core/util/ShellQuote.h"

namespace npufleet::storage {

NfsRunner::NfsRunner(std::shared_ptr<remote::Transport> transport, QObject* parent)
    : QObject(parent)
    , m_transport(std::move(transport))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_abort(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<StepReport>();
    qRegisterMetaType<CheckReport>();
    m_pool.setMaxThreadCount(16); // jobs mostly wait on the network
}

NfsRunner::~NfsRunner()
{
    abort();
    m_pool.waitForDone();
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
    m_cancel->store(true);
}

void NfsRunner::abort()
{
    m_cancel->store(true);
    m_abort->store(true);
}

void NfsRunner::start(QList<Wave> waves)
{
    if (m_running || !m_transport)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_abort = std::make_shared<std::atomic_bool>(false);
    m_reports.clear();
    m_checks.clear();
    m_stamp = NfsExecutor::stampNow();
    m_waves = std::move(waves);
    m_done = 0;
    m_total = 0;
    for (const Wave& w : m_waves) {
        for (const NfsNodePlan& n : w.nodes)
            m_total += int((w.undo ? n.undo : n.apply).size());
    }
    emit progress(0, m_total);
    startWave();
}

void NfsRunner::startWave()
{
    while (!m_waves.isEmpty() && m_waves.first().nodes.isEmpty())
        m_waves.removeFirst();
    bool ok = !m_cancel->load();
    for (const StepReport& r : std::as_const(m_reports))
        ok = ok && r.ok();
    if (!ok) {
        // A failure or a cancel stops the next waves: their steps are reported as not run.
        const StepStatus status = m_cancel->load() ? StepStatus::Cancelled : StepStatus::NotRun;
        for (const Wave& w : std::as_const(m_waves)) {
            for (const NfsNodePlan& n : w.nodes) {
                for (const NfsStep& step : w.undo ? n.undo : n.apply) {
                    const StepReport r {n.node.name, step.id, step.title, status, {}, {}};
                    m_reports << r;
                    emit stepFinished(r);
                }
            }
        }
        m_waves.clear();
    }
    if (m_waves.isEmpty()) {
        finishRun();
        return;
    }
    const Wave wave = m_waves.takeFirst();
    m_pendingJobs = int(wave.nodes.size());
    QPointer<NfsRunner> self(this);
    for (const NfsNodePlan& node : wave.nodes) {
        m_pool.start([self, node, undo = wave.undo, transport = m_transport, cancel = m_cancel, kill = m_abort,
                      stamp = m_stamp] {
            NfsExecutor exec(*transport, *cancel, stamp, kill.get());
            const auto post = [self](auto fn) { QMetaObject::invokeMethod(self, fn, Qt::QueuedConnection); };
            exec.runAll(
                node, undo ? node.undo : node.apply,
                [post, self](const QString& name, remote::Stream stream, const QByteArray& chunk) {
                    post([self, name, err = stream == remote::Stream::Stderr, text = QString::fromUtf8(chunk)] {
                        if (self)
                            emit self->outputReceived(name, err, text);
                    });
                },
                [post, self](const StepReport& r) {
                    post([self, r] {
                        if (self)
                            emit self->stepStarted(r.node, r.stepId, r.title);
                    });
                },
                [post, self](const StepReport& r) {
                    post([self, r] {
                        if (!self)
                            return;
                        self->m_reports << r;
                        emit self->stepFinished(r);
                        emit self->progress(++self->m_done, self->m_total);
                    });
                });
            post([self] {
                if (self && --self->m_pendingJobs == 0)
                    self->startWave();
            });
        });
    }
}

void NfsRunner::finishRun()
{
    bool ok = !m_cancel->load();
    for (const StepReport& r : std::as_const(m_reports))
        ok = ok && r.ok();
    int failed = 0;
    int done = 0;
    for (const StepReport& r : std::as_const(m_reports)) {
        if (r.ok())
            ++done;
        else if (r.status == StepStatus::Failed || r.status == StepStatus::TimedOut)
            ++failed;
    }
    m_running = false;
    const QString summary = ok ? tr("All %n step(s) succeeded.", nullptr, done)
                               : tr("%1 of %2 steps succeeded, %3 failed, %4 not run%5.")
                                     .arg(done)
                                     .arg(m_total)
                                     .arg(failed)
                                     .arg(m_total - done - failed)
                                     .arg(m_cancel->load() ? tr(" (cancelled)") : QString());
    emit finished(ok, summary);
}

void NfsRunner::detectOs(const QList<cluster::Node>& nodes, const QString& etcRoot)
{
    const QString file = ConfigEditor::normalizePath(etcRoot) + QStringLiteral("/os-release");
    const QString command = file == QLatin1String("/etc/os-release") ? QStringLiteral("cat /etc/os-release")
                                                                     : QStringLiteral("cat -- ") + shell::quote(file);
    if (m_running || !m_transport)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<NfsRunner> self(this);
    m_pool.start([self, nodes, command, transport = m_transport, cancel = m_cancel] {
        // Every node at once: an unreachable one costs its timeout once, not once per node before it.
        QHash<QString, OsFamily> families;
        for (const remote::FanOutResult& r : remote::FanOut::run(*transport, nodes, {command, 20'000, {}}, *cancel)) {
            if (r.result.succeeded())
                families.insert(r.node, osFamilyFromOsRelease(r.result.standardOutput));
        }
        QMetaObject::invokeMethod(
            self,
            [self, families] {
                if (!self)
                    return;
                self->m_running = false;
                emit self->osDetected(families);
            },
            Qt::QueuedConnection);
    });
}

void NfsRunner::verify(const NfsPlan& plan)
{
    if (m_running || !m_transport)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_checks.clear();
    m_done = 0;
    m_total = int(plan.clients.size()) * 4;
    emit progress(0, m_total);
    QPointer<NfsRunner> self(this);
    m_pool.start([self, plan, transport = m_transport, cancel = m_cancel] {
        NfsVerifier::verify(*transport, plan, *cancel, [self](const CheckReport& r) {
            QMetaObject::invokeMethod(
                self,
                [self, r] {
                    if (!self)
                        return;
                    self->m_checks << r;
                    emit self->checkFinished(r);
                    emit self->progress(++self->m_done, self->m_total);
                },
                Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(
            self,
            [self] {
                if (!self)
                    return;
                self->m_running = false;
                int passed = 0;
                for (const CheckReport& c : std::as_const(self->m_checks))
                    passed += c.passed ? 1 : 0;
                const bool cancelled = self->m_cancel->load();
                const bool ok = passed == self->m_total && !cancelled;
                emit self->finished(ok,
                                    cancelled ? tr("%1 of %2 checks passed (stopped).").arg(passed).arg(self->m_total)
                                              : tr("%1 of %2 checks passed.").arg(passed).arg(self->m_total));
            },
            Qt::QueuedConnection);
    });
}

} // namespace npufleet::storage
