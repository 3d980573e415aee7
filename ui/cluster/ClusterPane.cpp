// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cluster/ClusterPane.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/project/Project.h"

#include "ui/cluster/ClusterTreeModel.h"
#include "ui/cluster/HbmBarDelegate.h"

namespace npufleet::ui {

ClusterPane::ClusterPane(project::Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new ClusterTreeModel(project, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_fitLater(new QTimer(this))
    , m_banner(new QLabel(this))
    , m_failures(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ClusterTreeModel::SortRole);
    m_proxy->setFilterRole(ClusterTreeModel::FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterKeyColumn(ClusterTreeModel::NameColumn);

    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("clusterFilter"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });

    m_view->setObjectName(QStringLiteral("clusterTree"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ClusterTreeModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegateForColumn(ClusterTreeModel::MemoryColumn, new HbmBarDelegate(m_view));
    m_view->header()->setStretchLastSection(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_failures->setObjectName(QStringLiteral("inventoryFailures"));
    m_failures->setWordWrap(true);
    m_failures->setTextFormat(Qt::RichText);
    m_failures->setStyleSheet(QStringLiteral("QLabel { background: #fdf1e6; color: #7a3b00; border: 1px solid #f0c9a0;"
                                             " border-radius: 3px; padding: 4px 6px; }"));
    m_failures->setVisible(false);
    connect(m_failures, &QLabel::linkActivated, this, [this] { emit retryFailedRequested(); });
    m_banner->setObjectName(QStringLiteral("simulatedBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #efeaf9; color: #4a3a80; border: 1px solid #c9bdea;"
                                           " border-radius: 3px; padding: 4px 6px; }"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_failures);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        emit selectionChanged(current.data(ClusterTreeModel::NodeNameRole).toString(),
                              current.isValid() ? current.data(ClusterTreeModel::AcceleratorRowRole).toInt() : -1);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (index.data(ClusterTreeModel::AcceleratorRowRole).toInt() < 0)
            emit nodeActivated(index.data(ClusterTreeModel::NodeNameRole).toString());
    });
    connect(project, &project::Project::wasReset, this, [this] {
        showFailures({});
        m_view->expandAll();
        fitColumns();
        updateBanner();
    });
    // A refresh reports each node twice; the columns are fitted once the burst is over.
    m_fitLater->setSingleShot(true);
    m_fitLater->setInterval(100);
    connect(m_fitLater, &QTimer::timeout, this, &ClusterPane::fitColumns);
    connect(project, &project::Project::liveChanged, m_fitLater, qOverload<>(&QTimer::start));
    retranslate();
    updateBanner();
}

void ClusterPane::fitColumns()
{
    for (int c = 0; c < ClusterTreeModel::InfoColumn; ++c)
        m_view->resizeColumnToContents(c);
    m_view->setColumnWidth(ClusterTreeModel::MemoryColumn,
                           qMax(m_view->columnWidth(ClusterTreeModel::MemoryColumn), 160));
}

void ClusterPane::showFailures(const QStringList& nodes)
{
    m_failedNodes = nodes;
    m_failures->setVisible(!nodes.isEmpty());
    if (nodes.isEmpty())
        return;
    constexpr int kNamed = 4;
    QStringList named = nodes.mid(0, kNamed);
    for (QString& n : named)
        n = n.toHtmlEscaped();
    const QString list = nodes.size() > kNamed
        ? tr("%1 and %n more", nullptr, int(nodes.size()) - kNamed).arg(named.join(QStringLiteral(", ")))
        : named.join(QStringLiteral(", "));
    m_failures->setText(
        tr("%n node(s) did not answer: %1. <a href=\"retry\">Ask them again</a>", nullptr, int(nodes.size()))
            .arg(list));
    m_failures->setToolTip(nodes.mid(0, 60).join(QLatin1Char('\n')));
}

void ClusterPane::updateBanner()
{
    m_banner->setVisible(m_project->isDemo());
}

void ClusterPane::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter nodes and NPUs (name, host, chip, health)…"));
    showFailures(m_failedNodes);
    fitColumns(); // translated texts have other widths
    m_banner->setText(tr("Demo project: telemetry is <b>simulated</b> from recorded npu-smi outputs of real "
                         "Atlas servers, and the deployments answer from simulated vLLM servers. Nothing connects "
                         "to the addresses shown."));
}

void ClusterPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString ClusterPane::selectedNode() const
{
    return m_view->currentIndex().data(ClusterTreeModel::NodeNameRole).toString();
}

void ClusterPane::selectNode(const QString& name)
{
    const int row = m_project->data().nodeIndex(name);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->nodeIndex(row));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

} // namespace npufleet::ui
