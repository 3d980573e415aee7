// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;
class QLabel;

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

class ClusterTreeModel;

// The cluster tree with its filter box. Emits which node / accelerator the user selected.
class ClusterPane : public QWidget
{
    Q_OBJECT
public:
    explicit ClusterPane(project::Project* project, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    ClusterTreeModel* model() const { return m_model; }
    // The selected node's name, or empty.
    QString selectedNode() const;
    void selectNode(const QString& name);
    // Lists the nodes the last inventory could not read, with a link that asks them again; hidden when empty.
    void showFailures(const QStringList& nodes);
    QLabel* failuresBar() const { return m_failures; }

signals:
    // acceleratorRow is -1 when a node row is selected; node is empty when nothing is.
    void selectionChanged(const QString& node, int acceleratorRow);
    void nodeActivated(const QString& node);
    void retryFailedRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateBanner();
    void fitColumns();

    project::Project* m_project;
    ClusterTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_view;
    QTimer* m_fitLater; // fits the columns once a burst of live updates is over
    QLabel* m_banner;
    QLabel* m_failures;
    QStringList m_failedNodes;
};

} // namespace npufleet::ui
