// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/InventoryRunner.h"

#include "core/remote/InventoryProbe.h"
#include "core/remote/StepRunner.h"

namespace npufleet::remote {

InventoryRunner::InventoryRunner(std::shared_ptr<Transport> transport, QObject* parent)
    : QObject(parent)
    , m_runner(new StepRunner(std::move(transport), this))
{
    qRegisterMetaType<cluster::NodeLive>();
    connect(m_runner, &StepRunner::stepStarted, this, [this](const QString& node) { emit nodeStarted(node); });
    connect(m_runner, &StepRunner::stepFinished, this,
            [this](const QString& node, const QString&, const StepOutcome& outcome) {
                emit nodeFinished(node, outcome.value.value<cluster::NodeLive>());
            });
    connect(m_runner, &StepRunner::stepSkipped, this, [this](const QString& node) {
        cluster::NodeLive live; // cancelled before it was read
        live.message = tr("cancelled");
        emit nodeFinished(node, live);
    });
    connect(m_runner, &StepRunner::progress, this, &InventoryRunner::progress);
    connect(m_runner, &StepRunner::finished, this, &InventoryRunner::finished);
}

InventoryRunner::~InventoryRunner() = default;

void InventoryRunner::setTransport(std::shared_ptr<Transport> transport)
{
    m_runner->setTransport(std::move(transport));
}

void InventoryRunner::setConcurrency(int concurrency)
{
    m_runner->setConcurrency(concurrency);
}

bool InventoryRunner::isRunning() const
{
    return m_runner->isRunning();
}

void InventoryRunner::refresh(const QList<cluster::Node>& nodes)
{
    if (m_runner->isRunning())
        return;
    if (nodes.isEmpty()) {
        emit progress(0, 0);
        emit finished();
        return;
    }
    QList<StepJob> jobs;
    for (const cluster::Node& node : nodes) {
        StepJob job;
        job.id = node.name;
        job.node = node;
        job.title = tr("Read %1").arg(node.name);
        job.work = [](StepContext& context) -> StepOutcome {
            // The node's state is the answer, whatever it is: a node that cannot be read is not a failure here.
            return {
                true, {}, QVariant::fromValue(probeNode(context.transport(), context.node(), context.cancelFlag()))};
        };
        jobs << job;
    }
    emit progress(0, int(jobs.size()));
    m_runner->start(jobs, StepRunner::Policy::BestEffort);
}

void InventoryRunner::cancel()
{
    m_runner->cancel();
}

} // namespace npufleet::remote
