// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/PlanPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/planning/Placement.h"
#include "core/planning/Planner.h"
#include "core/planning/Units.h"
#include "core/project/Project.h"

#include "ui/commands/ApplyLayoutCommand.h"
#include "ui/commands/CalibrationCommands.h"
#include "ui/common/DeploymentChooser.h"
#include "ui/common/ProjectSession.h"
#include "ui/plan/NpuBarsFor.h"
#include "ui/plan/PlanCalibrationBox.h"
#include "ui/plan/PlanOutcome.h"
#include "ui/plan/PlanTableModel.h"
#include "ui/plan/PlanWorkloadBar.h"
#include "ui/plan/SpeedChart.h"

namespace npufleet::ui {

namespace {
QString billions(qint64 params)
{
    return QString::number(double(params) / 1e9, 'f', 2);
}
} // namespace

PlanPanel::PlanPanel(project::Project* project, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_undoStack(undoStack)
    , m_deploymentLabel(new QLabel(this))
    , m_deployments(new DeploymentChooser(project, this))
    , m_wholeNodes(new QCheckBox(this))
    , m_apply(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_cluster(new QLabel(this))
    , m_barsTitle(new QLabel(this))
    , m_bars(new NpuMemoryBars(this))
    , m_flag(new QLabel(this))
    , m_model(new PlanTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_timer(new QTimer(this))
    , m_workload(new PlanWorkloadBar(this))
    , m_tabs(new QTabWidget(this))
    , m_speed(new SpeedChart(this))
    , m_calibration(new PlanCalibrationBox(this))
{
    m_deployments->setObjectName(QStringLiteral("planDeployment"));
    m_deploymentLabel->setBuddy(m_deployments);
    m_wholeNodes->setObjectName(QStringLiteral("planWholeNodes"));
    m_apply->setObjectName(QStringLiteral("planApply"));
    m_apply->setEnabled(false);

    m_message->setObjectName(QStringLiteral("planMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fdecec; color: #8e1c1c; border: 1px solid #f0b8b8;"
                                            " border-radius: 3px; padding: 4px 6px; }"));
    m_message->hide();
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_cluster->setWordWrap(true);
    m_cluster->setTextFormat(Qt::RichText);
    QPalette muted = m_cluster->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_cluster->setPalette(muted);
    QFont titleFont = m_barsTitle->font();
    titleFont.setBold(true);
    m_barsTitle->setFont(titleFont);
    m_flag->setObjectName(QStringLiteral("planFlag"));
    m_flag->setWordWrap(true);
    m_flag->setTextFormat(Qt::RichText);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PlanTableModel::SortRole);
    m_view->setObjectName(QStringLiteral("planTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PlanTableModel::RankColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PlanTableModel::FitsColumn, QHeaderView::Stretch);

    auto* top = new QHBoxLayout;
    top->addWidget(m_deploymentLabel);
    top->addWidget(m_deployments);
    top->addSpacing(12);
    top->addWidget(m_wholeNodes);
    top->addStretch(1);
    top->addWidget(m_apply);

    auto* barsBox = new QWidget(this);
    auto* barsLayout = new QVBoxLayout(barsBox);
    barsLayout->setContentsMargins(0, 0, 0, 0);
    barsLayout->setSpacing(2);
    barsLayout->addWidget(m_barsTitle);
    barsLayout->addWidget(m_bars, 1);
    barsLayout->addWidget(m_flag);

    m_tabs->setObjectName(QStringLiteral("planTabs"));
    m_tabs->addTab(barsBox, QString());
    m_tabs->addTab(m_speed, QString());
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({15 * fontMetrics().height(), 30 * fontMetrics().height()});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_workload);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_cluster);
    layout->addWidget(m_calibration);
    layout->addWidget(splitter, 1);

    // Several signals in one event-loop turn (a reset, an inventory sweep) give one re-plan.
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &PlanPanel::replan);

    connect(m_deployments, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        m_deployment = m_deployments->itemData(index).toString();
        scheduleReplan();
    });
    connect(m_wholeNodes, &QCheckBox::toggled, this, &PlanPanel::scheduleReplan);
    connect(m_apply, &QPushButton::clicked, this, &PlanPanel::applySelected);
    connect(m_view, &QTableView::doubleClicked, this, [this] { applySelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlanPanel::updateSelection);

    connect(project, &project::Project::wasReset, this, &PlanPanel::refillDeployments);
    connect(project, &project::Project::deploymentsChanged, this, &PlanPanel::refillDeployments);
    connect(project, &project::Project::modelsChanged, this, &PlanPanel::scheduleReplan);
    connect(project, &project::Project::nodeChanged, this, &PlanPanel::scheduleReplan);
    connect(project, &project::Project::liveChanged, this, &PlanPanel::scheduleReplan);
    connect(project, &project::Project::nodeInserted, this, &PlanPanel::scheduleReplan);
    connect(project, &project::Project::nodeRemoved, this, &PlanPanel::scheduleReplan);
    // Speeds: the workload and objective, the corrections, the benchmark runs to compare with.
    connect(m_workload, &PlanWorkloadBar::changed, this, &PlanPanel::scheduleReplan);
    connect(project, &project::Project::calibrationsChanged, this, &PlanPanel::scheduleReplan);
    connect(ProjectSession::of(project), &ProjectSession::benchRunsChanged, this, &PlanPanel::scheduleReplan);
    connect(m_calibration, &PlanCalibrationBox::useRequested, this, [this](const project::Calibration& entry) {
        m_undoStack->push(new SetSpeedCorrectionCommand(m_project, entry));
    });

    retranslate();
    refillDeployments();
}

PlanPanel::~PlanPanel() = default;

void PlanPanel::retranslate()
{
    m_deploymentLabel->setText(tr("&Deployment:"));
    m_wholeNodes->setText(tr("Plan over whole nodes"));
    m_wholeNodes->setToolTip(tr("Also list layouts that use every NPU of the placed nodes, not only the placed ones"));
    m_apply->setText(tr("&Apply layout"));
    m_apply->setToolTip(tr("Set the selected layout (TP/PP/DP/EP) on the deployment; undoable"));
    m_bars->setPlaceholder(tr("No plan to show"));
    m_tabs->setTabText(0, tr("Memory per NPU"));
    m_tabs->setTabText(1, tr("Speed versus users"));
    m_tabs->setTabToolTip(1,
                          tr("Predicted output tokens/s, TTFT and TPOT of the three best layouts, from one user "
                             "to what their KV cache serves at once"));
    m_model->retranslate();
    m_lastKey.clear(); // messages and summaries are built with tr(): build them again
    scheduleReplan();
}

void PlanPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlanPanel::setDeployment(const QString& name)
{
    ProjectSession::of(m_project)->setCurrentDeployment(name);
}

void PlanPanel::refillDeployments()
{
    // The chooser has refilled itself (it heard the project first); a renamed deployment plans again.
    m_deployment = m_deployments->deployment();
    scheduleReplan();
}

PlanRequest PlanPanel::request() const
{
    PlanRequest r;
    r.workload = m_workload->workload();
    r.objective = m_workload->objective();
    r.runs = ProjectSession::of(m_project)->benchRuns();
    return r;
}

void PlanPanel::scheduleReplan()
{
    m_timer->start();
}

void PlanPanel::flush()
{
    if (m_timer->isActive() || m_busy) {
        m_timer->stop();
        PlanOutcome outcome = computePlan(m_project->data(), m_deployment, m_wholeNodes->isChecked(), request());
        outcome.generation = ++m_generation; // a re-plan still running in the pool is answered here
        showPlan(outcome);
    }
}

void PlanPanel::replan()
{
    if (m_busy) { // one re-plan at a time; the newest project state is planned when it ends
        m_again = true;
        return;
    }
    m_busy = true;
    const quint64 generation = ++m_generation;
    QPointer<PlanPanel> self(this);
    QThreadPool::globalInstance()->start([self, generation, data = m_project->data(), deployment = m_deployment,
                                          whole = m_wholeNodes->isChecked(), request = request()] {
        PlanOutcome outcome = computePlan(data, deployment, whole, request);
        outcome.generation = generation;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, outcome = std::move(outcome)] {
                if (!self)
                    return;
                self->m_busy = false;
                self->showPlan(outcome);
                if (std::exchange(self->m_again, false))
                    self->replan();
            },
            Qt::QueuedConnection);
    });
}

void PlanPanel::showPlan(const PlanOutcome& outcome)
{
    if (outcome.generation != m_generation || outcome.deployment != m_deployment)
        return; // a newer re-plan (or flush) has answered already
    m_input = outcome.input;
    if (outcome.key == m_lastKey)
        return;
    m_lastKey = outcome.key;
    if (m_deployment.isEmpty()) {
        showError(tr("The project has no deployments to plan."));
        return;
    }
    if (!m_input.error.isEmpty() || !outcome.error.isEmpty()) {
        showError(m_input.error.isEmpty() ? outcome.error : m_input.error);
        return;
    }
    m_planner = std::make_unique<planning::Planner>(*m_input.model, m_input.options); // for the bars
    QList<planning::PlanResult> plans = outcome.plans;
    m_lastPlanMs = outcome.ms;
    m_report = outcome.report;
    m_errors = outcome.errors;

    const std::optional<project::Layout> previous = selectedLayout();
    m_message->hide();
    m_model->setPlans(plans, m_input.current, m_input.placedNpus);
    m_speed->setCurves(outcome.speed.curves, m_input.options.workload.concurrency);
    m_calibration->setComparison(outcome.speed.calibration, outcome.speed.runName, outcome.speed.calibrationError,
                                 m_input.calibration);
    if (!previous || !selectLayout(*previous)) {
        if (!selectLayout(m_input.current) && m_model->planCount() > 0)
            m_view->selectRow(0);
    }
    updateSummary();
    updateSelection();
    emit planned();
}

void PlanPanel::showError(const QString& message)
{
    m_planner.reset();
    m_report.reset();
    m_model->clear();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_summary->clear();
    m_cluster->clear();
    m_bars->setBars({}, 0.9);
    m_speed->clear();
    m_calibration->clear();
    updateSelection();
    emit planned();
}

void PlanPanel::updateSummary()
{
    const planning::ModelSummary& m = m_report->model;
    QString fitsText;
    const int row = m_model->currentRow();
    const planning::PlanResult* current = row >= 0 ? &m_model->plan(row) : nullptr;
    if (current && !current->fits()) {
        fitsText = tr("<span style='color:#c62828'>✘ current layout %1 is short by %2 GiB per NPU</span>")
                       .arg(PlanTableModel::layoutText(current->layout).toHtmlEscaped())
                       .arg(current->shortGib(), 0, 'f', 2);
    } else if (!m_errors.isEmpty()) { // what the board reports wins over the planner's arithmetic
        fitsText = tr("<span style='color:#c62828'>✘ %1</span>").arg(m_errors.first().message.toHtmlEscaped());
        if (m_errors.size() > 1)
            fitsText += tr(" (and %n more on the board)", nullptr, int(m_errors.size() - 1));
    } else if (current) {
        fitsText = tr("<span style='color:#2e7d32'>✔ current layout %1 fits</span>")
                       .arg(PlanTableModel::layoutText(current->layout).toHtmlEscaped());
    }
    QString params = tr("%1 B parameters").arg(billions(m.paramsTotal));
    if (m.paramsActive > 0 && m.paramsActive < m.paramsTotal)
        params = tr("%1 B parameters, %2 B active").arg(billions(m.paramsTotal), billions(m.paramsActive));
    m_summary->setText(tr("<b>%1</b> · %2 · %3 (%4 bytes/param) · KV %5 bytes/token · %6")
                           .arg(m.name.toHtmlEscaped(), params, m.quant.toHtmlEscaped())
                           .arg(m.bytesPerParam, 0, 'f', 2)
                           .arg(planning::groupedNumber(qint64(m.kvBytesPerToken)), fitsText));
    m_summary->setToolTip(m.warnings.join(QLatin1Char('\n')));

    const planning::PlanOptions& o = m_input.options;
    const QString shape = m_wholeNodes->isChecked() ? tr("%n node(s) × %1 NPUs (whole nodes)", nullptr, o.nodes)
                                                    : tr("%n node(s) × %1 NPUs (placement)", nullptr, o.nodes);
    const QString source = m_input.hbmFromLive ? tr("inventory") : tr("node hardware");
    const QString len = o.maxModelLen > 0 ? planning::groupedNumber(o.maxModelLen)
                                          : tr("%1 (default)").arg(planning::groupedNumber(m.maxModelLen));
    m_cluster->setText(tr("Cluster: %1 · HBM %2 GiB per NPU as the runtime sees it (%3 GiB nominal, from %4) · "
                          "max-model-len %5 · memory utilization %6 · model from %7")
                           .arg(shape.arg(o.npusPerNode))
                           .arg(o.hbmGib, 0, 'f', 1)
                           .arg(m_input.nominalHbmGib, 0, 'f', 0)
                           .arg(source, len)
                           .arg(o.gpuMemoryUtilization, 0, 'f', 2)
                           .arg(m_input.modelOrigin.toHtmlEscaped()));
}

int PlanPanel::selectedSourceRow() const
{
    const QModelIndex index = m_view->selectionModel()->currentIndex();
    return index.isValid() ? m_proxy->mapToSource(index).row() : -1;
}

std::optional<project::Layout> PlanPanel::selectedLayout() const
{
    const int row = selectedSourceRow();
    if (row < 0 || row >= m_model->planCount())
        return std::nullopt;
    return m_model->plan(row).layout;
}

bool PlanPanel::selectLayout(const project::Layout& layout)
{
    const int row = m_model->rowOf(layout);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

bool PlanPanel::applySelected()
{
    const int row = selectedSourceRow();
    if (row < 0 || !m_model->plan(row).fits() || m_model->plan(row).layout == m_input.current)
        return false;
    const planning::PlanResult& plan = m_model->plan(row);
    if (plan.npus == m_input.placedNpus) {
        m_undoStack->push(new ApplyLayoutCommand(m_project, m_deployment, plan.layout));
        return true;
    }
    // Another NPU count than the placement holds: the layout comes with a new placement, in one step.
    const Replacement r = replacementFor(plan);
    if (r.devices.isEmpty())
        return false;
    m_undoStack->push(new ReplaceLayoutCommand(m_project, m_deployment, r.devices, plan.layout));
    return true;
}

PlanPanel::Replacement PlanPanel::replacementFor(const planning::PlanResult& plan) const
{
    Replacement r;
    const project::ProjectData& doc = m_project->data();
    const int i = doc.deploymentIndex(m_deployment);
    if (i < 0)
        return r;
    r.devices = planning::PlacementPlanner(doc).placeFor(doc.deployments.at(i), plan.npus, &r.why);
    QStringList where;
    for (const project::Placement& p : std::as_const(r.devices)) {
        QStringList devices;
        for (int d : p.devices)
            devices << QString::number(d);
        where << tr("%1 NPU %2").arg(p.node, devices.join(QLatin1Char(',')));
    }
    r.where = where.join(QStringLiteral(", "));
    return r;
}

void PlanPanel::updateSelection()
{
    const int row = selectedSourceRow();
    if (row < 0 || row >= m_model->planCount()) {
        m_apply->setEnabled(false);
        m_barsTitle->setText(tr("Memory per NPU"));
        m_bars->setBars({}, 0.9);
        m_flag->clear();
        return;
    }
    const planning::PlanResult& plan = m_model->plan(row);
    const bool current = plan.layout == m_input.current;
    // A layout for another NPU count is never set alone: it would leave the deployment broken on the board.
    const bool replace = !current && plan.npus != m_input.placedNpus;
    const Replacement r = replace ? replacementFor(plan) : Replacement {};
    m_apply->setText(replace ? tr("Apply and &re-place") : tr("&Apply layout"));
    m_apply->setToolTip(replace
                            ? tr("Set the selected layout and move the deployment to %1; one undo step").arg(r.where)
                            : tr("Set the selected layout (TP/PP/DP/EP) on the deployment; undoable"));
    m_apply->setEnabled(plan.fits() && !current && (!replace || !r.devices.isEmpty()));
    const QString layout = PlanTableModel::layoutText(plan.layout);
    m_barsTitle->setText(current ? tr("Memory per NPU — %1 (current layout)").arg(layout)
                                 : tr("Memory per NPU — %1").arg(layout));
    m_bars->setBars(m_planner ? npuBarsFor(plan, m_planner->estimator(), m_input) : QList<NpuBar>(),
                    m_input.options.gpuMemoryUtilization);

    QStringList flags;
    if (m_model->needsMoreNpus(row))
        flags << tr("<span style='color:#b26a00'>⚠ needs %1 NPUs, placement has %2</span>")
                     .arg(plan.npus)
                     .arg(m_input.placedNpus);
    else if (plan.npus < m_input.placedNpus)
        flags << tr("uses %1 of the %2 placed NPUs").arg(plan.npus).arg(m_input.placedNpus);
    if (replace)
        flags << (r.devices.isEmpty()
                      ? tr("<span style='color:#c62828'>✘ cannot re-place: %1</span>").arg(r.why.toHtmlEscaped())
                      : tr("Apply and re-place moves it to %1").arg(r.where.toHtmlEscaped()));
    if (!plan.fits())
        flags << tr("<span style='color:#c62828'>✘ does not fit, so it cannot be applied</span>");
    if (!plan.reason.isEmpty())
        flags << plan.reason.toHtmlEscaped();
    m_flag->setText(flags.join(QStringLiteral(" · ")));
    m_flag->setToolTip(plan.warnings.join(QLatin1Char('\n')));
}

QString PlanPanel::summaryText() const
{
    return m_summary->text();
}

QString PlanPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString PlanPanel::flagText() const
{
    return m_flag->text();
}

} // namespace npufleet::ui
