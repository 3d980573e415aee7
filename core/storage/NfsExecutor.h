// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <atomic>
#include <functional>

#include "core/remote/Transport.h"
#include "core/storage/NfsPlan.h"

namespace npufleet::storage {

enum class StepStatus {
    Done, // ran and succeeded
    Unchanged, // a file edit found nothing to change
    Failed,
    TimedOut,
    Cancelled, // not started: the user cancelled before it
    NotRun, // not started: an earlier step failed
};
QString stepStatusText(StepStatus status);

struct StepReport
{
    QString node;
    QString stepId;
    QString title;
    StepStatus status = StepStatus::NotRun;
    QString message; // why it failed, or what a file edit did
    QString backup; // the backup a file edit made, if any
    bool ok() const { return status == StepStatus::Done || status == StepStatus::Unchanged; }
};

// Runs plan steps on one node through the Transport, synchronously: callers put it on a worker thread.
// File edits are read, edited here by ConfigEditor and written back only when they change, after a
// timestamped backup and a checksum check that nobody changed the file in between.
class NfsExecutor
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::storage::NfsExecutor)

public:
    using Output = std::function<void(const QString& node, remote::Stream stream, const QByteArray& chunk)>;

    // stamp goes into backup names: <file>.npufleet-backup-<stamp>. cancel is looked at between
    // steps; kill (default: cancel) stops a running command, which a half-done package install or
    // file write should not suffer from a mere Cancel.
    NfsExecutor(remote::Transport& transport,
                const std::atomic_bool& cancel,
                QString stamp,
                const std::atomic_bool* kill = nullptr);

    StepReport run(const NfsNodePlan& node, const NfsStep& step, const Output& output = {});

    // A command as the node runs it: wrapped in `sudo -n bash -c` when the plan says so.
    static QString wrap(const NfsNodePlan& node, const QString& command);
    static QString stampNow();

    remote::ExecResult exec(const NfsNodePlan& node,
                            const QString& command,
                            const remote::CommandIntent& intent,
                            int timeoutMs,
                            const QByteArray& input = {},
                            const Output& output = {});

private:
    StepReport runConfig(const NfsNodePlan& node, const NfsStep& step, const Output& output);
    StepReport runUnmountIfChanged(const NfsNodePlan& node, const NfsStep& step, const Output& output);

    remote::Transport& m_transport;
    const std::atomic_bool& m_cancel;
    const std::atomic_bool& m_kill;
    QString m_stamp;
};

} // namespace npufleet::storage

Q_DECLARE_METATYPE(npufleet::storage::StepReport)
