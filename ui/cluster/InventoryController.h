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

class LoginQuestions;

// Refreshes the live inventory of the open project's nodes in the background (on demand and on
// an optional interval) and feeds the results into the project as they arrive, node by node. A failed
// login raises its question (host key, password, passphrase); answered nodes are tried again.
class InventoryController : public QObject
{
    Q_OBJECT
public:
    explicit InventoryController(project::Project* project, QObject* parent = nullptr);

    void refresh();
    // Asks again only the nodes that did not answer the last time (on demand: a node that never answers
    // costs its timeout, so it is not asked on every refresh of the others).
    void retryFailed();
    // Nodes whose last inventory failed (unreachable, refused, timed out, login), in project order.
    QStringList failedNodes() const;
    void cancel();
    bool isRunning() const;
    void setAutoRefreshSeconds(int seconds); // 0 turns it off
    // Where host-key questions appear (window-modal on it).
    void setDialogParent(QWidget* parent);

signals:
    void started(int nodes);
    void progress(int done, int total);
    void finished(int failed);
    void message(const QString& text, bool isError);
    // After every run: the nodes that failed, empty when every node answered.
    void failuresChanged(const QStringList& nodes);

private:
    void onNodeFinished(const QString& node, const cluster::NodeLive& live);
    void retryTrusted();
    void run(const QList<cluster::Node>& nodes);

    project::Project* m_project;
    std::shared_ptr<remote::Transport> m_transport;
    QStringList m_trusted; // nodes whose question was answered: tried again once the runner is free
    remote::InventoryRunner* m_runner;
    QTimer* m_timer;
    LoginQuestions* m_questions;
    int m_failed = 0;
};

} // namespace npufleet::ui
