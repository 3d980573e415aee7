// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

#include "core/cluster/Node.h"

class QTimer;
class QWidget;

namespace npufleet::project {
class Project;
}
namespace npufleet::remote {
class InventoryRunner;
class Transport;
} // namespace npufleet::remote

namespace npufleet::ui {

// Refreshes the live inventory of the open project's nodes in the background (on demand and on
// an optional interval) and feeds the results into the project as they arrive, node by node.
class InventoryController : public QObject
{
    Q_OBJECT
public:
    explicit InventoryController(project::Project* project, QObject* parent = nullptr);

    void refresh();
    void cancel();
    bool isRunning() const;
    void setAutoRefreshSeconds(int seconds); // 0 turns it off
    // Where host-key questions appear (window-modal on it).
    void setDialogParent(QWidget* parent) { m_dialogParent = parent; }

signals:
    void started(int nodes);
    void progress(int done, int total);
    void finished(int failed);
    void message(const QString& text, bool isError);

private:
    void onNodeFinished(const QString& node, const cluster::NodeLive& live);
    void askNextHostKey();
    void retryTrusted();

    project::Project* m_project;
    std::shared_ptr<remote::Transport> m_transport;
    QPointer<QWidget> m_dialogParent;
    QStringList m_hostKeyQueue; // nodes whose unknown key waits for the user, asked one at a time
    bool m_asking = false;
    QStringList m_trusted; // accepted while the runner was busy: retried when it is done
    remote::InventoryRunner* m_runner;
    QTimer* m_timer;
    int m_failed = 0;
};

} // namespace npufleet::ui
