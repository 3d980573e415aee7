// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/InventoryRunner.h"

#include <QMetaObject>
#include <QPointer>

#include "core/remote/InventoryProbe.h"
#include "core/remote/Transport.h"

namespace npufleet::remote {

InventoryRunner::InventoryRunner(std::shared_ptr<Transport> transport, QObject* parent)
    : QObject(parent)
    , m_transport(std::move(transport))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<cluster::NodeLive>();
    m_pool.setMaxThreadCount(32); // jobs mostly wait on the network
}

InventoryRunner::~InventoryRunner()
{
    m_cancel->store(true);
    m_pool.waitForDone();
}

void InventoryRunner::setTransport(std::shared_ptr<Transport> transport)
{
    m_transport = std::move(transport);
}

void InventoryRunner::refresh(const QList<cluster::Node>& nodes)
{
    if (m_pending > 0 || !m_transport)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_total = m_pending = int(nodes.size());
    emit progress(0, m_total);
    if (nodes.isEmpty()) {
        emit finished();
        return;
    }
    QPointer<InventoryRunner> self(this);
    for (const cluster::Node& node : nodes) {
        emit nodeStarted(node.name);
        m_pool.start([self, node, transport = m_transport, cancel = m_cancel] {
            const cluster::NodeLive live = probeNode(*transport, node, *cancel);
            QMetaObject::invokeMethod(
                self,
                [self, name = node.name, live] {
                    if (!self)
                        return;
                    --self->m_pending;
                    emit self->nodeFinished(name, live);
                    emit self->progress(self->m_total - self->m_pending, self->m_total);
                    if (self->m_pending == 0)
                        emit self->finished();
                },
                Qt::QueuedConnection);
        });
    }
}

void InventoryRunner::cancel()
{
    m_cancel->store(true);
}

} // namespace npufleet::remote
