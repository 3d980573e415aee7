// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>

#include "core/remote/StepJob.h"

namespace npufleet::remote {

// The one way NPU Fleet runs steps on nodes (launch and stop, NFS apply, undo and verify, pre-flight,
// inventory): the nodes in parallel (at most `concurrency` steps at once), each node's steps one at a
// time in order, a step only once the steps it waits for, on any node, are finished. Every command has
// a timeout and is killed with what it started on a timeout or cancel; a failing node never stops the
// others; output comes back line by line, in ~50 ms batches, with secrets masked. Results are queued
// signals on the runner's thread, so the GUI thread never waits.
class StepRunner : public QObject
{
    Q_OBJECT
public:
    enum class Policy {
        // A failed or skipped step skips the later steps of its node and every step that waits for it.
        StopOnFailure,
        // Failures skip nothing: waits only order the steps (stopping a deployment, undo).
        BestEffort,
    };
    enum class State { Pending, Running, Done, Failed, Skipped };

    explicit StepRunner(std::shared_ptr<Transport> transport, QObject* parent = nullptr);
    ~StepRunner() override; // cancels and waits for the running steps

    void setTransport(std::shared_ptr<Transport> transport);
    // Steps at once across all nodes (SSH sessions open at the same time); 0 = the default, 32.
    void setConcurrency(int concurrency);
    // Values that never reach the listeners: replaced by ******** in every line (four bytes or more).
    void addMaskedValue(const QByteArray& value);
    void clearMaskedValues() { m_masked.clear(); }

    // Starts; false when already running, without a transport, or with nothing to run.
    bool start(const QList<StepJob>& jobs, Policy policy = Policy::StopOnFailure);
    // Starts nothing more; running steps see the flag (their commands are stopped).
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancel->load(); }
    State state(const QString& id) const;
    int count(State state) const;
    int total() const { return int(m_items.size()); }

signals:
    void stepStarted(const QString& node, const QString& id, const QString& title);
    void outputLine(const QString& node, const QString& id, npufleet::remote::Stream stream, const QString& line);
    void stepFinished(const QString& node, const QString& id, const npufleet::remote::StepOutcome& outcome);
    void stepSkipped(const QString& node, const QString& id, const QString& reason);
    void progress(int settled, int total);
    // ok: every step done.
    void finished(bool ok);

private:
    struct Item
    {
        StepJob job;
        State state = State::Pending;
    };

    void schedule();
    void startItem(int index);
    void itemDone(int index, const StepOutcome& outcome);
    void skip(int index, const QString& reason);
    void skipRestOfNode(int index, const QString& reason); // StopOnFailure only
    bool waitsOnFailure(const Item& item, QString* reason) const;
    bool ready(const Item& item) const;
    void emitProgress();

    std::shared_ptr<Transport> m_transport;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<Item> m_items;
    QHash<QString, int> m_index; // step id → item
    QList<QByteArray> m_masked;
    Policy m_policy = Policy::StopOnFailure;
    bool m_running = false;
};

} // namespace npufleet::remote

Q_DECLARE_METATYPE(npufleet::remote::StepOutcome)
