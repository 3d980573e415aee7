// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <atomic>
#include <functional>

#include "core/cluster/Node.h"
#include "core/remote/Transport.h"

namespace npufleet::remote {

// What one step reports back: whether its node may go on, why not, and a typed value for its owner
// (a NodeLive, a probe's output, a captured variable), delivered with the step's result.
struct StepOutcome
{
    bool ok = true;
    QString message;
    QVariant value;

    static StepOutcome failed(const QString& why) { return {false, why, {}}; }
};

// What a step's work sees on its worker thread: the node, the run's cancel flag and a way to run
// commands whose output reaches the runner's listeners line by line, with secrets masked.
class StepContext
{
public:
    using LineSink = std::function<void(Stream, const QByteArray& line)>;
    StepContext(Transport& transport,
                cluster::Node node,
                const std::atomic_bool& cancel,
                int timeoutMs,
                QList<QByteArray> masked,
                LineSink sink);

    const cluster::Node& node() const { return m_node; }
    Transport& transport() const { return m_transport; }
    const std::atomic_bool& cancelFlag() const { return m_cancel; }
    bool cancelled() const { return m_cancel.load(); }
    int timeoutMs() const { return m_timeoutMs; }

    // Runs a command on this step's node. A request without a timeout gets the step's; on a timeout or
    // cancel everything the command started on the node is killed. Output goes to the listeners, line by
    // line, or to `instead` when given (what a step keeps to itself: a captured secret, a probe's answer).
    ExecResult exec(ExecRequest request, const LineSink& instead = {});
    // The same, shown to nobody: the whole output (bounded by the transport) stays in the result.
    ExecResult execQuiet(ExecRequest request);
    // Passes one line of the step's own to the listeners (masked like command output).
    void print(Stream stream, const QByteArray& line);
    // A value the step came across (from its environment, say) that must not be shown either.
    void addMasked(const QByteArray& value) { m_masked << value; }
    QByteArray masked(QByteArray line) const;

private:
    ExecRequest bounded(ExecRequest request) const;

    Transport& m_transport;
    cluster::Node m_node;
    const std::atomic_bool& m_cancel;
    int m_timeoutMs;
    QList<QByteArray> m_masked;
    LineSink m_sink;
};

// One step of a run: its work runs on a worker thread once the steps it waits for are done, and never
// beside another step of the same node.
struct StepJob
{
    QString id; // unique within one run
    cluster::Node node; // how to reach the node; jobs of one node (by name) run in list order
    QString title; // what it does, in words
    QStringList waitsFor; // ids of steps (on any node) that must be finished first
    int timeoutMs = 60'000; // for the commands the work runs (StepContext::exec)
    std::function<StepOutcome(StepContext&)> work;
};

} // namespace npufleet::remote
