// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cluster/InventoryController.h"

#include <QTimer>
#include <QWidget>

#include "core/project/Project.h"
#include "core/remote/InventoryRunner.h"
#include "core/remote/SshTransport.h"
#include "core/remote/TransportFactory.h"

#include "ui/dialogs/HostKeyDialog.h"

namespace npufleet::ui {

InventoryController::InventoryController(project::Project* project, QObject* parent)
    : QObject(parent)
    , m_project(project)
    , m_runner(new remote::InventoryRunner(nullptr, this))
    , m_timer(new QTimer(this))
{
    connect(m_runner, &remote::InventoryRunner::nodeFinished, this, &InventoryController::onNodeFinished);
    connect(m_runner, &remote::InventoryRunner::progress, this, &InventoryController::progress);
    connect(m_runner, &remote::InventoryRunner::finished, this, [this] {
        emit finished(m_failed);
        retryTrusted();
    });
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!isRunning())
            refresh();
    });
    // A new project means another cluster: cancel what runs for the old one and forget its questions.
    connect(project, &project::Project::aboutToReset, m_runner, &remote::InventoryRunner::cancel);
    connect(project, &project::Project::aboutToReset, this, [this] {
        m_hostKeyQueue.clear();
        m_trusted.clear();
        m_transport.reset();
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
    m_transport = remote::transportFor(m_project->data());
    if (!m_transport) {
        emit message(tr("Live inventory of real nodes needs the SSH transport, which this build does not have."), true);
        return;
    }
    m_runner->setTransport(m_transport);
    m_failed = 0;
    const QList<cluster::Node> nodes = m_project->data().nodes;
    for (const cluster::Node& n : nodes) {
        cluster::NodeLive live = n.live;
        live.status = cluster::NodeStatus::Refreshing;
        m_project->setLive(n.name, live);
    }
    emit started(int(nodes.size()));
    m_runner->refresh(nodes);
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
    // The worker only reported the key; the question is asked here, on the GUI thread, without blocking.
    if (live.status == cluster::NodeStatus::HostKeyUnverified && !m_hostKeyQueue.contains(node)) {
        m_hostKeyQueue.append(node);
        askNextHostKey();
    }
}

void InventoryController::askNextHostKey()
{
    auto* ssh = dynamic_cast<remote::SshTransport*>(m_transport.get());
    while (!m_asking && !m_hostKeyQueue.isEmpty()) {
        const QString name = m_hostKeyQueue.takeFirst();
        const cluster::Node* node = m_project->data().node(name);
        const auto key = (ssh && node) ? ssh->unverifiedHostKey(*node) : std::nullopt;
        if (!key)
            continue;
        m_asking = true;
        HostKeyDialog::ask(m_dialogParent, name, *key, this, [this, name, transport = m_transport](bool trusted) {
            m_asking = false;
            auto* sshTransport = dynamic_cast<remote::SshTransport*>(transport.get());
            const cluster::Node* current = m_project->data().node(name);
            if (trusted && sshTransport && current && transport == m_transport) {
                QString error;
                if (sshTransport->acceptHostKey(*current, &error)) {
                    emit message(tr("%1: host key trusted, connecting again").arg(name), false);
                    m_trusted.append(name);
                    if (!isRunning())
                        retryTrusted();
                } else {
                    emit message(tr("%1: %2").arg(name, error), true);
                }
            }
            askNextHostKey();
        });
    }
}

void InventoryController::retryTrusted()
{
    if (m_trusted.isEmpty() || isRunning() || !m_transport)
        return;
    QList<cluster::Node> nodes;
    for (const QString& name : std::exchange(m_trusted, {})) {
        if (const cluster::Node* node = m_project->data().node(name)) {
            nodes.append(*node);
            cluster::NodeLive live = node->live;
            live.status = cluster::NodeStatus::Refreshing;
            m_project->setLive(name, live);
        }
    }
    if (nodes.isEmpty())
        return;
    m_failed = 0;
    emit started(int(nodes.size()));
    m_runner->refresh(nodes);
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
