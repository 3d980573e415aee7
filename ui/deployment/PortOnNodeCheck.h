// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>
#include <atomic>
#include <memory>

#include "core/checks/HostFactParsers.h"

class QLabel;
class QPushButton;

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

// "Port 8000 is free on ds-node0 [Check again]": reads the serving node's listening ports over the project's
// transport (off the GUI thread, cancellable) and says whether the chosen port is taken there, and by what.
// The ports are read once per node; changing the port is answered from what was read.
class PortOnNodeCheck : public QWidget
{
    Q_OBJECT
public:
    explicit PortOnNodeCheck(project::Project* project, QWidget* parent = nullptr);
    ~PortOnNodeCheck() override;

    // The node and port to check; a new node is read at once.
    void setTarget(const QString& node, int port);
    // The deployment's own container running on that node, and the port it serves: that port being held there
    // is expected, since a relaunch replaces the container (the Properties of a running deployment).
    void setOwn(const QString& container, int port);
    void recheck(); // reads the node again
    void cancel();
    bool isReading() const { return bool(m_cancel); }
    // True when the port is known to be taken on the node.
    bool portInUse() const;
    QString text() const;
    QPushButton* button() const { return m_button; }

signals:
    void stateChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    bool heldByOwnContainer() const;

    project::Project* m_project;
    QLabel* m_text;
    QPushButton* m_button;
    QString m_node;
    int m_port = 0;
    QString m_ownContainer;
    int m_ownPort = 0;
    QString m_readNode; // the node m_listening or m_error is about
    QList<checks::ListeningPort> m_listening;
    QString m_error;
    std::shared_ptr<std::atomic_bool> m_cancel; // set while a read runs
};

} // namespace npufleet::ui
