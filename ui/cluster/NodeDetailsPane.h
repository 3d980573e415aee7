// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTextBrowser;

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

// What is known about the selected node or accelerator: addresses, hardware, live figures, processes.
class NodeDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit NodeDetailsPane(project::Project* project, QWidget* parent = nullptr);

    void showItem(const QString& node, int acceleratorRow);
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    QString nodeHtml(int nodeIndex) const;
    QString acceleratorHtml(int nodeIndex, int row) const;

    project::Project* m_project;
    QTextBrowser* m_browser;
    QString m_node;
    int m_acceleratorRow = -1;
};

} // namespace npufleet::ui
