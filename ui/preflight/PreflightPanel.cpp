// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preflight/PreflightPanel.h"

#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPen>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "core/checks/PreflightPlan.h"
#include "core/checks/PreflightRunner.h"
#include "core/project/Project.h"

#include "ui/common/DeploymentChooser.h"
#include "ui/common/ProjectSession.h"
#include "ui/preflight/PingMatrixModel.h"
#include "ui/preflight/PreflightResultsModel.h"

namespace npufleet::ui {

namespace {

// Draws the selection as a frame, so that a selected cell keeps its red / amber / green.
class FramedSelectionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem plain = option;
        plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
        QStyledItemDelegate::paint(painter, plain, index);
        if (option.state & QStyle::State_Selected) {
            painter->save();
            painter->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
            painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
            painter->restore();
        }
    }
};

} // namespace

PreflightPanel::PreflightPanel(project::Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_runner(new checks::PreflightRunner(nullptr, this))
    , m_results(new PreflightResultsModel(this))
    , m_pings(new PingMatrixModel(this))
    , m_deployment(new DeploymentChooser(project, this))
    , m_runButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_deploymentLabel(new QLabel(this))
    , m_retry(new QLabel(this))
    , m_grid(new QTableView(this))
    , m_matrixLabel(new QLabel(this))
    , m_matrix(new QTableView(this))
    , m_details(new QTextBrowser(this))
{
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_deploymentLabel);
    bar->addWidget(m_deployment, 1);
    bar->addWidget(m_runButton);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_progress, 1);
    m_cancelButton->setEnabled(false);
    m_progress->setTextVisible(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);

    for (QTableView* view : {m_grid, m_matrix}) {
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setSelectionBehavior(QAbstractItemView::SelectItems);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->setShowGrid(true);
        view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        view->setItemDelegate(new FramedSelectionDelegate(view));
    }
    m_grid->setModel(m_results);
    m_matrix->setModel(m_pings);
    m_matrixLabel->setVisible(false);
    m_matrix->setVisible(false);
    m_details->setOpenLinks(false);
    m_status->setObjectName(QStringLiteral("preflightStatus"));
    m_status->setWordWrap(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_grid);
    leftLayout->addWidget(m_matrixLabel);
    leftLayout->addWidget(m_matrix);
    leftLayout->addStretch(1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 520});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_retry);
    layout->addWidget(splitter, 1);

    m_retry->setObjectName(QStringLiteral("preflightRetry"));
    m_retry->setTextFormat(Qt::RichText);
    m_retry->setWordWrap(true);
    m_retry->setVisible(false);
    connect(m_retry, &QLabel::linkActivated, this, &PreflightPanel::retryUnanswered);
    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &PreflightPanel::cancel);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, &PreflightPanel::showDetails);
    connect(m_matrix->selectionModel(), &QItemSelectionModel::currentChanged, this, &PreflightPanel::showPing);
    connect(m_runner, &checks::PreflightRunner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_runner, &checks::PreflightRunner::nodeChecked, this,
            [this](const QString&, const QList<checks::CheckResult>& results) { m_results->addResults(results); });
    connect(m_runner, &checks::PreflightRunner::finished, this, &PreflightPanel::onFinished);
    // Another project: the last one's findings must not stay on screen.
    connect(m_project, &project::Project::aboutToReset, this, &PreflightPanel::clear);
    clear();
    retranslate();
}

void PreflightPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PreflightPanel::retranslate()
{
    m_deploymentLabel->setText(tr("Deployment:"));
    m_runButton->setText(tr("Run pre-flight"));
    m_cancelButton->setText(tr("Cancel"));
    m_matrixLabel->setText(tr("NPU link matrix (k-th NPU of each node pings the k-th NPU of the others)"));
    m_details->setPlaceholderText(tr("Select a cell to see what was found, the raw output and what to do."));
    // The findings of this panel's own run are said again in the new language from the answers kept.
    if (!isRunning() && !m_report.deployment.isEmpty() && m_runner->report().deployment == m_report.deployment
        && m_runner->report().nodes == m_report.nodes) {
        const QModelIndex current = m_grid->currentIndex();
        m_report = m_runner->reevaluated();
        m_results->setResults(m_report.nodes, m_report.results);
        m_pings->setCells(m_report.pings);
        if (current.isValid())
            m_grid->setCurrentIndex(m_results->index(current.row(), current.column()));
    }
    if (!m_report.deployment.isEmpty() && !isRunning())
        showSummary();
    else
        m_status->setText(m_statusText ? m_statusText() : QString());
    showDetails(m_grid->currentIndex());
}

PreflightPanel::~PreflightPanel() = default;

bool PreflightPanel::isRunning() const
{
    return m_runner->isRunning();
}

void PreflightPanel::clear()
{
    m_runner->cancel();
    m_report = {};
    m_results->reset({});
    m_pings->setCells({});
    m_details->clear();
    m_retry->setVisible(false);
    m_matrixLabel->setVisible(false);
    m_matrix->setVisible(false);
    m_progress->setValue(0);
    setStatus([] {
        return tr("Checks every node of a deployment: SSH, NPUs, NPU network, host NIC, Docker, ports, model files.");
    });
}

void PreflightPanel::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

void PreflightPanel::run(const QString& deployment)
{
    if (m_runner->isRunning())
        return;
    if (!deployment.isEmpty())
        ProjectSession::of(m_project)->setCurrentDeployment(deployment);
    const QString name = deployment.isEmpty() ? m_deployment->deployment() : deployment;
    auto plan = checks::makePreflightPlan(m_project->data(), name);
    if (!plan) {
        setStatus([message = plan.error().toString()] { return tr("Cannot check: %1").arg(message); });
        return;
    }
    auto transport = ProjectSession::of(m_project)->transport();
    if (!transport) {
        setStatus([] { return tr("This build cannot reach real nodes yet (no SSH transport)."); });
        return;
    }
    m_runner->setTransport(transport);
    QStringList nodes;
    for (const checks::PlannedNode& pn : plan->nodes)
        nodes << pn.node.name;
    m_results->reset(nodes);
    m_pings->setCells({});
    m_details->clear();
    m_retry->setVisible(false);
    m_matrixLabel->setVisible(false);
    m_matrix->setVisible(false);
    if (!m_runner->start(*plan))
        return;
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    setStatus([deployment = plan->deployment, nodes] {
        return tr("Checking %1 on %2…").arg(deployment, nodes.join(QStringLiteral(", ")));
    });
}

void PreflightPanel::retryUnanswered()
{
    const QStringList nodes = m_report.unansweredNodes();
    if (nodes.isEmpty() || !m_runner->retry(nodes))
        return;
    m_retry->setVisible(false);
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    setStatus([deployment = m_report.deployment, nodes] {
        return tr("Checking %1 again on %2…").arg(deployment, nodes.join(QStringLiteral(", ")));
    });
}

void PreflightPanel::cancel()
{
    m_runner->cancel();
}

void PreflightPanel::onFinished(const checks::PreflightReport& report)
{
    showReport(report);
    emit finished(report);
}

void PreflightPanel::showReport(const checks::PreflightReport& report)
{
    if (isRunning())
        return;
    ProjectSession::of(m_project)->setCurrentDeployment(report.deployment);
    m_report = report;
    m_results->setResults(report.nodes, report.results);
    m_pings->setCells(report.pings);
    m_matrixLabel->setVisible(!report.pings.isEmpty());
    m_matrix->setVisible(!report.pings.isEmpty());
    m_runButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    showSummary();
    // Point at the first problem, so the fix is one glance away.
    for (int row = 0; row < m_results->rowCount(); ++row) {
        for (int col = 0; col < m_results->columnCount(); ++col) {
            const QModelIndex index = m_results->index(row, col);
            const checks::CheckResult* r = m_results->result(index);
            if (r && r->severity == checks::Severity::Error) {
                m_grid->setCurrentIndex(index);
                return;
            }
        }
    }
}

void PreflightPanel::showSummary()
{
    const checks::PreflightReport& report = m_report;
    const int errors = report.count(checks::Severity::Error);
    const int warnings = report.count(checks::Severity::Warning);
    QString text = report.cancelled ? tr("Cancelled. ") : QString();
    text += errors > 0 ? tr("%n error(s)", nullptr, errors)
            + tr(", %n warning(s): fix the errors before launching.", nullptr, warnings)
        : warnings > 0 ? tr("No errors, %n warning(s).", nullptr, warnings)
                       : tr("All %n check(s) passed.", nullptr, int(report.results.size()));
    m_statusText = {};
    m_status->setText(text);
    const QStringList unanswered = report.unansweredNodes();
    m_retry->setText(
        tr("%n node(s) did not answer: %1. <a href=\"retry\">Check them again</a>", nullptr, int(unanswered.size()))
            .arg(unanswered.join(QStringLiteral(", ")).toHtmlEscaped()));
    m_retry->setVisible(!unanswered.isEmpty());
}

void PreflightPanel::showDetails(const QModelIndex& index)
{
    const checks::CheckResult* r = m_results->result(index);
    if (!r) {
        m_details->clear();
        return;
    }
    const QString colour = r->severity == checks::Severity::Pass ? QStringLiteral("#2e7d32")
        : r->severity == checks::Severity::Warning               ? QStringLiteral("#a66d00")
                                                                 : QStringLiteral("#c62828");
    QString html = QStringLiteral("<h3>%1 — %2</h3><p style='color:%3'><b>%4</b></p>")
                       .arg(r->title.toHtmlEscaped(), r->node.toHtmlEscaped(), colour, r->summary.toHtmlEscaped());
    if (!r->fix.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("What to do:"), r->fix.toHtmlEscaped());
    if (!r->facts.isEmpty()) {
        QStringList facts;
        for (auto it = r->facts.cbegin(); it != r->facts.cend(); ++it) {
            if (it.value().canConvert<QString>())
                facts << QStringLiteral("%1=%2").arg(it.key(), it.value().toString()).toHtmlEscaped();
        }
        if (!facts.isEmpty())
            html += QStringLiteral("<p><b>%1</b><br><code>%2</code></p>")
                        .arg(tr("Facts:"), facts.join(QStringLiteral("<br>")));
    }
    if (!r->evidence.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>").arg(tr("Output:"), r->evidence.toHtmlEscaped());
    m_details->setHtml(html);
}

void PreflightPanel::showPing(const QModelIndex& index)
{
    const checks::PingCell* c = m_pings->cell(index);
    if (!c)
        return;
    m_details->setHtml(
        QStringLiteral("<h3>%1</h3><p>%2</p><pre>%3</pre>")
            .arg(tr("%1 NPU %2 → %3 NPU %4").arg(c->fromNode).arg(c->fromNpu).arg(c->toNode).arg(c->toNpu),
                 m_pings->data(index, Qt::ToolTipRole).toString().toHtmlEscaped(), c->evidence.toHtmlEscaped()));
}

} // namespace npufleet::ui
