// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/StepRunner.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>
#include <QSet>

namespace npufleet::remote {

namespace {
constexpr int kDefaultConcurrency = 32; // steps mostly wait on the network
constexpr int kBatchMs = 50; // output reaches listeners in batches: a chatty step cannot flood the event loop
} // namespace

StepRunner::StepRunner(std::shared_ptr<Transport> transport, QObject* parent)
    : QObject(parent)
    , m_transport(std::move(transport))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<Stream>();
    qRegisterMetaType<StepOutcome>();
    m_pool.setMaxThreadCount(kDefaultConcurrency);
}

StepRunner::~StepRunner()
{
    m_cancel->store(true);
    m_pool.waitForDone();
}

void StepRunner::setTransport(std::shared_ptr<Transport> transport)
{
    if (!m_running)
        m_transport = std::move(transport);
}

void StepRunner::setConcurrency(int concurrency)
{
    m_pool.setMaxThreadCount(concurrency > 0 ? concurrency : kDefaultConcurrency);
}

void StepRunner::addMaskedValue(const QByteArray& value)
{
    if (!value.isEmpty() && !m_masked.contains(value))
        m_masked << value;
}

bool StepRunner::start(const QList<StepJob>& jobs, Policy policy)
{
    if (m_running || !m_transport || jobs.isEmpty())
        return false;
    m_policy = policy;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_items.clear();
    m_index.clear();
    for (const StepJob& job : jobs) {
        m_index.insert(job.id, int(m_items.size()));
        m_items << Item {job, State::Pending};
    }
    m_running = true;
    // From the event loop, so that callers connect before the first signal.
    QMetaObject::invokeMethod(this, &StepRunner::schedule, Qt::QueuedConnection);
    return true;
}

void StepRunner::cancel()
{
    m_cancel->store(true);
    if (m_running)
        QMetaObject::invokeMethod(this, &StepRunner::schedule, Qt::QueuedConnection);
}

StepRunner::State StepRunner::state(const QString& id) const
{
    const int i = m_index.value(id, -1);
    return i < 0 ? State::Pending : m_items.at(i).state;
}

int StepRunner::count(State state) const
{
    int n = 0;
    for (const Item& item : m_items)
        n += item.state == state;
    return n;
}

void StepRunner::emitProgress()
{
    emit progress(count(State::Done) + count(State::Failed) + count(State::Skipped), total());
}

bool StepRunner::waitsOnFailure(const Item& item, QString* reason) const
{
    for (const QString& dep : item.job.waitsFor) {
        const int i = m_index.value(dep, -1);
        if (i >= 0 && (m_items.at(i).state == State::Failed || m_items.at(i).state == State::Skipped)) {
            *reason = tr("waits for %1, which did not succeed")
                          .arg(m_items.at(i).job.title.isEmpty() ? dep : m_items.at(i).job.title);
            return true;
        }
    }
    return false;
}

bool StepRunner::ready(const Item& item) const
{
    for (const QString& dep : item.job.waitsFor) {
        const int i = m_index.value(dep, -1); // a step outside this run orders nothing
        if (i < 0)
            continue;
        const State s = m_items.at(i).state;
        const bool settled
            = s == State::Done || (m_policy == Policy::BestEffort && (s == State::Failed || s == State::Skipped));
        if (!settled)
            return false;
    }
    return true;
}

void StepRunner::skip(int index, const QString& reason)
{
    Item& item = m_items[index];
    item.state = State::Skipped;
    emit stepSkipped(item.job.node.name, item.job.id, reason);
    emitProgress();
    skipRestOfNode(index, m_cancel->load() ? tr("cancelled") : tr("an earlier step on this node did not succeed"));
}

void StepRunner::skipRestOfNode(int index, const QString& reason)
{
    if (m_policy != Policy::StopOnFailure)
        return;
    for (int i = index + 1; i < m_items.size(); ++i) {
        if (m_items.at(i).job.node.name == m_items.at(index).job.node.name && m_items.at(i).state == State::Pending)
            skip(i, reason);
    }
}

void StepRunner::schedule()
{
    if (!m_running)
        return;
    if (m_cancel->load()) {
        // Nothing new starts; what was left is reported once the running steps have ended, after them.
        if (count(State::Running) > 0)
            return;
        for (int i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).state == State::Pending)
                skip(i, tr("cancelled"));
        }
    }
    // Skips spread along waitsFor chains, across nodes: repeat until nothing changes.
    for (bool changed = m_policy == Policy::StopOnFailure; changed;) {
        changed = false;
        for (int i = 0; i < m_items.size(); ++i) {
            QString reason;
            if (m_items.at(i).state != State::Pending || !waitsOnFailure(m_items.at(i), &reason))
                continue;
            skip(i, reason);
            changed = true;
        }
    }
    // One step at a time per node: the first pending one, once what it waits for is done.
    QSet<QString> busy;
    for (const Item& item : std::as_const(m_items)) {
        if (item.state == State::Running)
            busy.insert(item.job.node.name);
    }
    for (int i = 0; i < m_items.size(); ++i) {
        const Item& item = m_items.at(i);
        if (item.state != State::Pending || busy.contains(item.job.node.name))
            continue;
        busy.insert(item.job.node.name); // later steps of this node wait for this one
        if (ready(item))
            startItem(i);
    }
    for (const Item& item : std::as_const(m_items)) {
        if (item.state == State::Running)
            return;
    }
    // Nothing runs and nothing can start: whatever is left waits for a step that never comes.
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).state == State::Pending)
            skip(i, tr("waits for a step that cannot run"));
    }
    m_running = false;
    emit finished(count(State::Done) == total());
}

void StepRunner::startItem(int index)
{
    Item& item = m_items[index];
    item.state = State::Running;
    emit stepStarted(item.job.node.name, item.job.id, item.job.title);

    QPointer<StepRunner> self(this);
    m_pool.start([self, index, job = item.job, masked = m_masked, transport = m_transport, cancel = m_cancel] {
        QList<QPair<Stream, QByteArray>> batch;
        QElapsedTimer sinceFlush;
        sinceFlush.start();
        auto flush = [&] {
            if (batch.isEmpty())
                return;
            QMetaObject::invokeMethod(
                self,
                [self, name = job.node.name, id = job.id, batch] {
                    if (!self)
                        return;
                    for (const auto& [stream, line] : batch)
                        emit self->outputLine(name, id, stream, QString::fromUtf8(line));
                },
                Qt::QueuedConnection);
            batch.clear();
            sinceFlush.restart();
        };
        StepContext context(*transport, job.node, *cancel, job.timeoutMs, masked,
                            [&](Stream stream, const QByteArray& line) {
                                batch << qMakePair(stream, line);
                                if (sinceFlush.elapsed() >= kBatchMs)
                                    flush();
                            });
        StepOutcome outcome;
        try {
            outcome = job.work ? job.work(context) : StepOutcome {};
        } catch (const std::exception& e) { // a bug in one step must not take the others down
            outcome = StepOutcome::failed(QString::fromUtf8(e.what()));
        }
        flush();
        QMetaObject::invokeMethod(
            self,
            [self, index, outcome] {
                if (self)
                    self->itemDone(index, outcome);
            },
            Qt::QueuedConnection);
    });
}

void StepRunner::itemDone(int index, const StepOutcome& outcome)
{
    Item& item = m_items[index];
    item.state = outcome.ok ? State::Done : State::Failed;
    emit stepFinished(item.job.node.name, item.job.id, outcome);
    emitProgress();
    if (item.state == State::Failed)
        skipRestOfNode(index, tr("an earlier step on this node failed"));
    schedule();
}

} // namespace npufleet::remote
