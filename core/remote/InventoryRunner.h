// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>

#include "core/cluster/Node.h"

namespace npufleet::remote {

class Transport;

// Refreshes the live inventory of many nodes at once, one job per node on its own thread pool,
// so that a slow or dead node never holds up the others. Results come back as queued signals.
class InventoryRunner : public QObject
{
    Q_OBJECT
public:
    explicit InventoryRunner(std::shared_ptr<Transport> transport, QObject* parent = nullptr);
    ~InventoryRunner() override;

    void setTransport(std::shared_ptr<Transport> transport);
    void refresh(const QList<cluster::Node>& nodes);
    void cancel();
    bool isRunning() const { return m_pending > 0; }

signals:
    void nodeStarted(const QString& node);
    void nodeFinished(const QString& node, const npufleet::cluster::NodeLive& live);
    void progress(int done, int total);
    void finished();

private:
    std::shared_ptr<Transport> m_transport;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_pending = 0;
    int m_total = 0;
};

} // namespace npufleet::remote
