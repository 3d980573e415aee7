// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <atomic>
#include <memory>

#include "core/storage/NfsExecutor.h"
#include "core/storage/NfsPlan.h"
#include "core/storage/NfsVerifier.h"

namespace npufleet::remote {
class StepRunner;
class Transport;
struct StepOutcome;
} // namespace npufleet::remote

namespace npufleet::storage {

// Applies, undoes or verifies a storage plan in the background: one job per node, in waves
// (apply: server, then the clients together; undo: clients, then the server). A wave starts only
// when the one before succeeded; cancel stops every node between two steps. Queued signals only.
class NfsRunner : public QObject
{
    Q_OBJECT
public:
    explicit NfsRunner(std::shared_ptr<remote::Transport> transport, QObject* parent = nullptr);
    ~NfsRunner() override;

    void setTransport(std::shared_ptr<remote::Transport> transport);
    void apply(const NfsPlan& plan);
    void undo(const NfsPlan& plan);
    void verify(const NfsPlan& plan);
    // Reads /etc/os-release on each node (read-only): the preview then names the right packages.
    // etcRoot: a sandbox's /etc in tests.
    void detectOs(const QList<cluster::Node>& nodes, const QString& etcRoot = QStringLiteral("/etc"));
    // Stops every node after its current step (a running step finishes, or meets its timeout).
    void cancel();
    // Stops now: running commands are killed too. The destructor does this.
    void abort();
    bool isRunning() const { return m_run != Run::None; }
    const QList<StepReport>& reports() const { return m_reports; }
    const QList<CheckReport>& checks() const { return m_checks; }

signals:
    void stepStarted(const QString& node, const QString& stepId, const QString& title);
    void stepFinished(const npufleet::storage::StepReport& report);
    void outputReceived(const QString& node, bool isError, const QString& text);
    void checkFinished(const npufleet::storage::CheckReport& report);
    void progress(int done, int total);
    void osDetected(const QHash<QString, npufleet::storage::OsFamily>& families);
    // ok: every step succeeded (or every check passed); summary says what state the nodes are in.
    void finished(bool ok, const QString& summary);

private:
    enum class Run { None, Steps, Verify, DetectOs };
    struct Wave
    {
        QList<NfsNodePlan> nodes;
        bool undo = false;
    };
    struct JobStep // what a step runner job stands for
    {
        QString node;
        QString stepId;
        QString title;
    };

    void start(const QList<Wave>& waves);
    void onStepFinished(const QString& id, const remote::StepOutcome& outcome);
    void onStepSkipped(const QString& id);
    void onRunFinished();
    void finishSteps();
    void finishVerify();
    void reportCheck(const CheckReport& report);

    remote::StepRunner* m_runner;
    std::shared_ptr<std::atomic_bool> m_abort;
    Run m_run = Run::None;
    QHash<QString, JobStep> m_jobSteps; // job id → NFS step
    QHash<QString, OsFamily> m_families;
    QList<StepReport> m_reports;
    QList<CheckReport> m_checks;
    int m_done = 0;
    int m_total = 0;
};

} // namespace npufleet::storage
