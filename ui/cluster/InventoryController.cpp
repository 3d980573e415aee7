// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cluster/InventoryController.h"

#include <QTimer>

#include "core/project/Project.h"
#include "core/remote/InventoryRunner.h"
#include "core/remote/TransportFactory.h"

namespace npufleet::ui {

InventoryController::InventoryController(project::Project* project, QObject* parent)
    : QObject(parent)
    , m_project(project)
    , m_runner(new remote::InventoryRunner(nullptr, this))
    , m_timer(new QTimer(this))
{
    connect(m_runner, &remote::InventoryRunner::nodeFinished, this,
            [this](const QString& node, const cluster::NodeLive& live) {
                m_project->setLive(node, live);
                const bool failed = live.status != cluster::NodeStatus::Connected
                    && live.status != cluster::NodeStatus::Simulated;
                if (failed)
                    ++m_failed;
                if (failed || !live.message.isEmpty())
                    emit message(tr("%1: %2").arg(node, live.message.isEmpty() ? cluster::statusText(live.status) : live.message), failed);
            });
    connect(m_runner, &remote::InventoryRunner::progress, this, &InventoryController::progress);
    connect(m_runner, &remote::InventoryRunner::finished, this, [this] { emit finished(m_failed); });
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!isRunning())
            refresh();
    });
    // A new project means another cluster: cancel what runs for the old one.
    connect(project, &project::Project::aboutToReset, m_runner, &remote::InventoryRunner::cancel);
}

bool InventoryController::isRunning() const
{
    return m_runner->isRunning();
}

void InventoryController::refresh()
{
    if (isRunning())
        return;
    auto transport = remote::transportFor(m_project->data());
    if (!transport) {
        emit message(tr("Live inventory of real nodes needs the SSH transport, which this build does not have yet."), true);
        return;
    }
    m_runner->setTransport(std::move(transport));
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
