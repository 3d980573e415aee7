// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTimer;

namespace npufleet::project {
class Project;
}
namespace npufleet::remote {
class InventoryRunner;
}

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

signals:
    void started(int nodes);
    void progress(int done, int total);
    void finished(int failed);
    void message(const QString& text, bool isError);

private:
    project::Project* m_project;
    remote::InventoryRunner* m_runner;
    QTimer* m_timer;
    int m_failed = 0;
};

} // namespace npufleet::ui
