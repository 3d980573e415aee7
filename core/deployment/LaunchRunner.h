// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <memory>

#include "core/cluster/Node.h"
#include "core/recipes/LaunchPlan.h"
#include "core/remote/StepRunner.h"

namespace npufleet::deployment {

// Runs a deployment's launch plan (or its stop steps) on its nodes: each node's steps in order, the nodes
// in parallel, a step only once the steps it waits for (on any node) are done. A failed launch step stops
// its node's later steps and every step that waits for it, never unrelated nodes. Stop is best effort:
// its dependencies order the steps, but a failure skips nothing. Results come back as queued signals.
class LaunchRunner : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Launch, Stop };
    enum class StepState { Pending, Running, Done, Failed, Skipped };

    explicit LaunchRunner(std::shared_ptr<remote::Transport> transport, QObject* parent = nullptr);
    ~LaunchRunner() override;

    void setTransport(std::shared_ptr<remote::Transport> transport) { m_runner->setTransport(std::move(transport)); }
    // How to reach the plan's nodes (address, port, keys); a node not listed is reached by the plan's host/user.
    void setNodes(const QList<cluster::Node>& nodes) { m_nodes = nodes; }
    // One limit for every step; 0 (the default) = a limit per phase (see defaultTimeoutMs).
    void setStepTimeoutMs(int ms) { m_stepTimeoutMs = ms; }
    // A value for a variable that steps need (${VAR}); otherwise taken from a step that prints it, or the
    // environment. Values travel on standard input, never on a command line, and are masked in the output.
    void setSecret(const QString& name, const QByteArray& value) { m_givenSecrets.insert(name, value); }

    // Start; false when already running, without a transport, or with nothing to run.
    bool launch(const recipes::LaunchPlan& plan);
    bool stop(const recipes::LaunchPlan& plan);
    void cancel() { m_runner->cancel(); }
    bool isRunning() const { return m_runner->isRunning(); }
    StepState state(const QString& stepId) const;

    // The steps a run goes through, node by node in the order each node runs them. Launch places the
    // plan's files first (one step per file, "<node>/place-file:<name>"), on their node or else the head.
    static QList<recipes::Step> runSteps(const recipes::LaunchPlan& plan, Mode mode);
    static int defaultTimeoutMs(recipes::StepPhase phase);

signals:
    void stepStarted(const QString& node, const QString& stepId, const QString& purpose);
    void outputLine(const QString& node, npufleet::remote::Stream stream, const QString& line);
    void stepFinished(const QString& node, const QString& stepId, bool ok, const QString& message);
    void stepSkipped(const QString& node, const QString& stepId, const QString& reason);
    void finished(bool ok, const QString& summary);

private:
    struct Secrets; // shared with the steps' worker threads

    bool start(const recipes::LaunchPlan& plan, Mode mode);
    remote::StepJob job(const recipes::Step& step, const std::shared_ptr<Secrets>& secrets) const;
    cluster::Node nodeFor(const QString& name) const;
    void finish();

    remote::StepRunner* m_runner;
    QList<cluster::Node> m_nodes;
    QList<recipes::NodePlan> m_planNodes;
    QHash<QString, QByteArray> m_givenSecrets;
    std::shared_ptr<Secrets> m_secrets;
    Mode m_mode = Mode::Launch;
    int m_stepTimeoutMs = 0;
};

} // namespace npufleet::deployment
