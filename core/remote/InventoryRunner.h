// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <memory>

#include "core/cluster/Node.h"

namespace npufleet::remote {

class StepRunner;
class Transport;

// Reads every node's hardware and health at once (one step per node on the step runner), so that an
// unreachable node costs its own timeout only. Results come back node by node, as queued signals.
class InventoryRunner : public QObject
{
    Q_OBJECT
public:
    explicit InventoryRunner(std::shared_ptr<Transport> transport, QObject* parent = nullptr);
    ~InventoryRunner() override;

    void setTransport(std::shared_ptr<Transport> transport);
    // Nodes read at the same time (SSH handshakes in flight); 0 = the step runner's default.
    void setConcurrency(int concurrency);
    void refresh(const QList<cluster::Node>& nodes);
    void cancel();
    bool isRunning() const;

signals:
    void nodeStarted(const QString& node);
    void nodeFinished(const QString& node, const npufleet::cluster::NodeLive& live);
    void progress(int done, int total);
    void finished();

private:
    StepRunner* m_runner;
};

} // namespace npufleet::remote
