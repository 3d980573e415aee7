// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

#include "core/bench/BenchResult.h"

class QUndoStack;

namespace npufleet::project {
class Project;
}
namespace npufleet::remote {
class InMemoryCredentials;
class Transport;
} // namespace npufleet::remote

namespace npufleet::ui {

// What the panels of one open project share: the project and its undo stack, the one transport (so that
// SSH sessions, trusted host keys and a password given once serve inventory, pre-flight, launch and the
// NFS wizard alike) and the deployment the user is working on (chosen in any panel, followed by all).
// Another project gets a new transport; secrets given in this run stay in memory (they belong to
// user@host, not to a project).
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    // The session of this project, made on first use as the project's child.
    static ProjectSession* of(project::Project* project);

    project::Project* project() const { return m_project; }
    // The window's undo stack (null in panels tested alone).
    QUndoStack* undoStack() const { return m_undoStack; }
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }

    // Null when this build cannot reach real nodes.
    std::shared_ptr<remote::Transport> transport();
    // The next run makes a new transport (the SSH preferences changed); runs going on keep theirs.
    void dropTransport();
    const std::shared_ptr<remote::InMemoryCredentials>& credentials() const { return m_credentials; }

    // The deployment being worked on: the first one of a newly opened project, empty when it has none.
    QString currentDeployment() const { return m_current; }
    void setCurrentDeployment(const QString& name);

    // Benchmark runs of this session (the Benchmark panel's, run or opened), oldest first: the Plan panel
    // compares a deployment's newest run with its prediction.
    const QList<bench::BenchResult>& benchRuns() const { return m_benchRuns; }
    void addBenchRuns(const QList<bench::BenchResult>& runs);
    void clearBenchRuns();

signals:
    void currentDeploymentChanged(const QString& name);
    void benchRunsChanged();

private:
    explicit ProjectSession(project::Project* project);
    void followDeployments(); // the current one renamed away or removed: the first one instead

    project::Project* m_project;
    QUndoStack* m_undoStack = nullptr;
    std::shared_ptr<remote::InMemoryCredentials> m_credentials;
    std::shared_ptr<remote::Transport> m_transport;
    QString m_current;
    QList<bench::BenchResult> m_benchRuns;
};

} // namespace npufleet::ui
