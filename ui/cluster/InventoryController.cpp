// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cluster/InventoryController.h"

#include <QTimer>
#include <QWidget>

#include "core/project/Project.h"
#include "core/remote/InventoryRunner.h"

#include "ui/remote/LoginQuestions.h"
#include "ui/common/ProjectSession.h"

namespace npufleet::ui {

InventoryController::InventoryController(project::Project* project, QObject* parent)
    : QObject(parent)
    , m_project(project)
    , m_runner(new remote::InventoryRunner(nullptr, this))
    , m_timer(new QTimer(this))
    , m_questions(new LoginQuestions(this))
{
    connect(m_runner, &remote::InventoryRunner::nodeFinished, this, &InventoryController::onNodeFinished);
    connect(m_runner, &remote::InventoryRunner::progress, this, &InventoryController::progress);
    connect(m_runner, &remote::InventoryRunner::finished, this, [this] {
        emit finished(m_failed);
        emit failuresChanged(failedNodes());
        retryTrusted();
    });
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!isRunning())
            refresh();
    });
    // A new project means another cluster: cancel what runs for the old one and forget its questions.
    connect(project, &project::Project::aboutToReset, m_runner, &remote::InventoryRunner::cancel);
    connect(project, &project::Project::aboutToReset, this, [this] {
        m_questions->clear();
        m_trusted.clear();
        m_transport.reset();
    });
    connect(m_questions, &LoginQuestions::message, this, &InventoryController::message);
    // Answered while the runner was busy: tried again when it is done.
    connect(m_questions, &LoginQuestions::retry, this, [this](const QString& node) {
        if (!m_trusted.contains(node))
            m_trusted.append(node);
        if (!isRunning())
            retryTrusted();
    });
}

bool InventoryController::isRunning() const
{
    return m_runner->isRunning();
}

void InventoryController::refresh()
{
    if (isRunning())
        return;
    ProjectSession* shared = ProjectSession::of(m_project);
    m_transport = shared->transport();
    m_questions->setTransport(m_transport, shared->credentials());
    if (!m_transport) {
        emit message(tr("Live inventory of real nodes needs the SSH transport, which this build does not have."), true);
        return;
    }
    m_runner->setTransport(m_transport);
    run(m_project->data().nodes);
}

void InventoryController::run(const QList<cluster::Node>& nodes)
{
    if (nodes.isEmpty())
        return;
    m_failed = 0;
    for (const cluster::Node& n : nodes) {
        cluster::NodeLive live = n.live;
        live.status = cluster::NodeStatus::Refreshing;
        m_project->setLive(n.name, live);
    }
    emit started(int(nodes.size()));
    m_runner->refresh(nodes);
}

QStringList InventoryController::failedNodes() const
{
    QStringList failed;
    for (const cluster::Node& n : m_project->data().nodes) {
        switch (n.live.status) {
        case cluster::NodeStatus::Unreachable:
        case cluster::NodeStatus::AuthFailed:
        case cluster::NodeStatus::HostKeyUnverified:
        case cluster::NodeStatus::Failed:
            failed << n.name;
            break;
        default:
            break;
        }
    }
    return failed;
}

void InventoryController::retryFailed()
{
    if (isRunning())
        return;
    if (!m_transport) // nothing ran yet for this project: a full refresh
        return refresh();
    QList<cluster::Node> nodes;
    for (const QString& name : failedNodes()) {
        if (const cluster::Node* node = m_project->data().node(name))
            nodes.append(*node);
    }
    run(nodes);
}

void InventoryController::onNodeFinished(const QString& node, const cluster::NodeLive& live)
{
    m_project->setLive(node, live);
    const bool failed = live.status != cluster::NodeStatus::Connected && live.status != cluster::NodeStatus::Simulated;
    if (failed)
        ++m_failed;
    if (failed || !live.message.isEmpty())
        emit message(tr("%1: %2").arg(node, live.message.isEmpty() ? cluster::statusText(live.status) : live.message),
                     failed);
    for (const QString& warning : live.warnings)
        emit message(tr("%1: warning: %2").arg(node, warning), false);
    // The worker only reported what the login lacked; the question is asked here, on the GUI thread.
    if (failed) {
        if (const cluster::Node* n = m_project->data().node(node))
            m_questions->nodeFailed(*n, live.status);
    }
}

void InventoryController::setDialogParent(QWidget* parent)
{
    m_questions->setDialogParent(parent);
}

void InventoryController::retryTrusted()
{
    if (m_trusted.isEmpty() || isRunning() || !m_transport)
        return;
    QList<cluster::Node> nodes;
    for (const QString& name : std::exchange(m_trusted, {})) {
        if (const cluster::Node* node = m_project->data().node(name))
            nodes.append(*node);
    }
    run(nodes);
}

void InventoryController::cancel()
{
    m_runner->cancel();
}

void InventoryController::setAutoRefreshSeconds(int seconds)
{
    if (seconds <= 0)
        m_timer->stop();
    else
        m_timer->start(seconds * 1000);
}

} // namespace npufleet::ui
