// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/launch/LaunchPanel.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "core/checks/PreflightPlan.h"
#include "core/checks/PreflightRunner.h"
#include "core/deployment/LaunchRunner.h"
#include "core/project/Project.h"
#include "core/recipes/Recipes.h"

#include "ui/common/DeploymentChooser.h"
#include "ui/common/ProjectSession.h"
#include "ui/dialogs/Ask.h"

namespace npufleet::ui {

namespace {

constexpr int kMaxLogLines = 5000; // older lines scroll away: a long pull must not eat the memory
constexpr int kStatusRole = Qt::UserRole + 1;
constexpr int kMessageRole = Qt::UserRole + 2;
enum Column { NodeColumn, StepColumn, StatusColumn, TimeColumn, ColumnCount };

} // namespace

LaunchPanel::LaunchPanel(project::Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_preflight(new checks::PreflightRunner(nullptr, this))
    , m_runner(new deployment::LaunchRunner(nullptr, this))
    , m_deploymentLabel(new QLabel(this))
    , m_deployment(new DeploymentChooser(project, this))
    , m_preflightButton(new QPushButton(this))
    , m_launchButton(new QPushButton(this))
    , m_restartButton(new QPushButton(this))
    , m_stopButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_ignoreErrors(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_steps(new QTableWidget(0, ColumnCount, this))
    , m_log(new QPlainTextEdit(this))
    , m_logTimer(new QTimer(this))
    , m_clock(new QTimer(this))
{
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_deploymentLabel);
    bar->addWidget(m_deployment, 1);
    m_deployment->setMinimumContentsLength(12); // five buttons share the row at 1024 px; long names elide
    bar->addWidget(m_preflightButton);
    bar->addWidget(m_launchButton);
    bar->addWidget(m_restartButton);
    bar->addWidget(m_stopButton);
    bar->addWidget(m_cancelButton);
    m_cancelButton->setEnabled(false);
    m_status->setWordWrap(true);

    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->verticalHeader()->setVisible(false);
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kMaxLogLines);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_ignoreErrors);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    m_logTimer->setSingleShot(true);
    m_logTimer->setInterval(50); // lines reach the view in batches
    m_clock->setInterval(500);

    connect(m_preflightButton, &QPushButton::clicked, this, [this] { runPreflight(); });
    connect(m_launchButton, &QPushButton::clicked, this, [this] { launch(); });
    connect(m_restartButton, &QPushButton::clicked, this, [this] { restart(); });
    connect(m_stopButton, &QPushButton::clicked, this, [this] { stop(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &LaunchPanel::cancel);
    connect(m_logTimer, &QTimer::timeout, this, &LaunchPanel::flushLog);
    connect(m_clock, &QTimer::timeout, this, &LaunchPanel::tick);
    connect(m_preflight, &checks::PreflightRunner::finished, this, &LaunchPanel::onPreflightFinished);
    connect(m_runner, &deployment::LaunchRunner::stepStarted, this,
            [this](const QString& node, const QString& id, const QString& purpose) {
                m_started[id].start();
                setStepStatus(id, Status::Running);
                appendLog(QStringLiteral("==> [%1] %2").arg(node, purpose));
            });
    connect(m_runner, &deployment::LaunchRunner::outputLine, this,
            [this](const QString& node, remote::Stream stream, const QString& line) {
                appendLog(QStringLiteral("[%1]%2 %3")
                              .arg(node, stream == remote::Stream::Stderr ? QStringLiteral("!") : QString(), line));
            });
    connect(m_runner, &deployment::LaunchRunner::stepFinished, this,
            [this](const QString& node, const QString& id, bool ok, const QString& message) {
                setStepStatus(id, ok ? Status::Done : Status::Failed, message);
                NodeTally& t = m_tally[node];
                (ok ? t.done : t.failed) += 1;
                if (!ok) {
                    if (t.firstFailure.isEmpty())
                        t.firstFailure = QStringLiteral("%1: %2").arg(id, message);
                    appendLog(tr("[%1] %2 failed: %3").arg(node, id, message));
                }
            });
    connect(m_runner, &deployment::LaunchRunner::stepSkipped, this,
            [this](const QString& node, const QString& id, const QString& reason) {
                m_tally[node].skipped += 1;
                setStepStatus(id, Status::Skipped, reason);
            });
    connect(m_runner, &deployment::LaunchRunner::finished, this, [this](bool ok, const QString& summary) {
        appendLog(summary);
        flushLog();
        setBusy(false);
        setStatus(summary);
        reportNodes(m_launching);
        emit runFinished(ok,
                         (m_launching ? tr("Launch of %1: %2") : tr("Stop of %1: %2")).arg(m_runDeployment, summary));
    });
    retranslate();
}

LaunchPanel::~LaunchPanel() = default;

void LaunchPanel::retranslate()
{
    m_deploymentLabel->setText(tr("Deployment:"));
    m_preflightButton->setText(tr("Pre-flight"));
    m_preflightButton->setToolTip(tr("Check every node of the deployment without changing anything"));
    m_launchButton->setText(tr("&Launch"));
    m_launchButton->setToolTip(tr("Run the pre-flight, then start the deployment on its nodes"));
    m_restartButton->setText(tr("&Restart"));
    m_restartButton->setToolTip(
        tr("Run the pre-flight, then stop the running deployment and start it again on the same nodes"));
    m_stopButton->setText(tr("&Stop"));
    m_stopButton->setToolTip(tr("Stop and remove the deployment's containers"));
    m_cancelButton->setText(tr("Cancel"));
    m_ignoreErrors->setText(tr("Launch even if pre-flight finds errors"));
    m_steps->setHorizontalHeaderLabels({tr("Node"), tr("Step"), tr("Status"), tr("Time")});
    m_log->setPlaceholderText(tr("The output of every step appears here."));
    for (int row = 0; row < m_steps->rowCount(); ++row)
        renderRow(row);
    if (!isBusy() && m_rows.isEmpty())
        setStatus(tr("Pre-flight checks the nodes; Launch checks them, then starts the deployment step by step."));
}

void LaunchPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool LaunchPanel::isBusy() const
{
    return m_preflight->isRunning() || m_runner->isRunning();
}

void LaunchPanel::selectDeployment(const QString& name)
{
    if (!name.isEmpty())
        ProjectSession::of(m_project)->setCurrentDeployment(name);
}

void LaunchPanel::setStatus(const QString& text)
{
    m_status->setText(text);
}

void LaunchPanel::setBusy(bool busy)
{
    m_preflightButton->setEnabled(!busy);
    m_launchButton->setEnabled(!busy);
    m_restartButton->setEnabled(!busy);
    m_stopButton->setEnabled(!busy);
    m_deployment->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    if (busy)
        m_clock->start();
    else
        m_clock->stop();
}

void LaunchPanel::runPreflight(const QString& deployment)
{
    selectDeployment(deployment);
    startPreflight(false);
}

void LaunchPanel::launch(const QString& deployment)
{
    selectDeployment(deployment);
    if (!isBusy() && confirm(Action::Launch))
        startPreflight(true);
}

void LaunchPanel::restart(const QString& deployment)
{
    selectDeployment(deployment);
    if (!isBusy() && confirm(Action::Restart))
        startPreflight(true);
}

void LaunchPanel::stop(const QString& deployment)
{
    selectDeployment(deployment);
    if (!isBusy() && confirm(Action::Stop))
        startRun(false, m_deployment->deployment());
}

bool LaunchPanel::confirm(Action action)
{
    // All three change running nodes: a launch first removes a container of an earlier run of the same name.
    if (!m_project)
        return false;
    const QString name = m_deployment->deployment();
    const auto plan = recipes::makeLaunchPlan(m_project->data(), name);
    if (!plan)
        return true; // the run itself reports why it cannot start
    QStringList nodes;
    QStringList running; // what the last inventory saw of this deployment, "container on node"
    for (const recipes::NodePlan& n : plan->nodes) {
        nodes << n.node;
        const cluster::Node* node = m_project->data().node(n.node);
        if (node && node->live.containers) {
            for (const QString& c : project::containersOf(name, *node->live.containers))
                running << tr("%1 on %2").arg(c, n.node);
        }
    }
    const int count = int(nodes.size());
    const QString list = nodes.join(QStringLiteral(", "));
    QString text;
    QString title;
    switch (action) {
    case Action::Launch:
        title = tr("Launch deployment");
        text = tr("Launch %1 on %n node(s): %2?", nullptr, count).arg(name, list);
        break;
    case Action::Restart:
        title = tr("Restart deployment");
        text = tr("Restart %1 on %n node(s): %2?\n\nRequests being served are cut off while it starts again.", nullptr,
                  count)
                   .arg(name, list);
        break;
    case Action::Stop:
        title = tr("Stop deployment");
        text = tr("Stop %1 on %n node(s): %2?\n\nRequests being served are cut off.", nullptr, count).arg(name, list);
        break;
    }
    text += QStringLiteral("\n\n");
    if (action == Action::Stop)
        text += running.isEmpty()
            ? tr("Its containers are stopped and removed.")
            : tr("These containers are stopped and removed: %1.").arg(running.join(QStringLiteral(", ")));
    else
        text += running.isEmpty()
            ? tr("A container of an earlier run of %1 on these nodes is stopped and removed first.").arg(name)
            : tr("Running now, stopped and removed first: %1.").arg(running.join(QStringLiteral(", ")));
    return ask::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void LaunchPanel::reportNodes(bool launching)
{
    for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it) {
        const NodeTally& t = it.value();
        const QString what = launching ? tr("Launch of %1 on %2").arg(m_runDeployment, it.key())
                                       : tr("Stop of %1 on %2").arg(m_runDeployment, it.key());
        if (t.failed > 0)
            emit nodeFinished(false, tr("%1: failed at %2").arg(what, t.firstFailure));
        else if (t.skipped > 0)
            emit nodeFinished(false, tr("%1: %n step(s) done, %2 not run", nullptr, t.done).arg(what).arg(t.skipped));
        else
            emit nodeFinished(true, tr("%1: %n step(s) done", nullptr, t.done).arg(what));
    }
}

void LaunchPanel::cancel()
{
    m_launchAfterPreflight = false;
    m_preflight->cancel();
    m_runner->cancel();
}

bool LaunchPanel::startPreflight(bool thenLaunch)
{
    if (!m_project || isBusy())
        return false;
    auto plan = checks::makePreflightPlan(m_project->data(), m_deployment->deployment());
    if (!plan) {
        setStatus(tr("Cannot check: %1").arg(plan.error().toString()));
        return false;
    }
    auto transport = ProjectSession::of(m_project)->transport();
    if (!transport) {
        setStatus(tr("This build cannot reach real nodes (no SSH transport)."));
        return false;
    }
    m_preflight->setTransport(transport);
    if (!m_preflight->start(*plan))
        return false;
    m_launchAfterPreflight = thenLaunch;
    setBusy(true);
    setStatus(tr("Pre-flight of %1…").arg(plan->deployment));
    appendLog(tr("==> Pre-flight of %1").arg(plan->deployment));
    return true;
}

void LaunchPanel::onPreflightFinished(const checks::PreflightReport& report)
{
    const int errors = report.count(checks::Severity::Error);
    const int warnings = report.count(checks::Severity::Warning);
    const QString found = tr("Pre-flight: %n error(s)", nullptr, errors) + tr(", %n warning(s).", nullptr, warnings);
    appendLog(found);
    for (const checks::CheckResult& r : report.results) {
        if (r.severity == checks::Severity::Error)
            appendLog(tr("  error on %1: %2: %3").arg(r.node, r.title, r.summary));
    }
    setBusy(false);
    emit preflightFinished(report);
    const bool launchNow = m_launchAfterPreflight && !report.cancelled;
    m_launchAfterPreflight = false;
    if (!launchNow) {
        setStatus(report.cancelled ? tr("Pre-flight cancelled.") : found);
        return;
    }
    if (errors > 0 && !m_ignoreErrors->isChecked()) {
        setStatus(found + QLatin1Char(' ')
                  + tr("Launch stopped: fix the errors (see Pre-flight), or tick \"Launch even if pre-flight finds "
                       "errors\"."));
        emit runFinished(false, found);
        return;
    }
    startRun(true, report.deployment); // the one checked, whatever is chosen by now
}

void LaunchPanel::startRun(bool launching, const QString& name)
{
    if (!m_project || isBusy())
        return;
    auto plan = recipes::makeLaunchPlan(m_project->data(), name);
    if (!plan) {
        setStatus(tr("Cannot launch: %1").arg(plan.error().toString()));
        emit runFinished(false, plan.error().toString());
        return;
    }
    m_runner->setTransport(ProjectSession::of(m_project)->transport());
    m_runner->setNodes(m_project->data().nodes);
    m_launching = launching;
    m_runDeployment = name;
    m_tally.clear();
    const auto mode = launching ? deployment::LaunchRunner::Mode::Launch : deployment::LaunchRunner::Mode::Stop;
    fillSteps(deployment::LaunchRunner::runSteps(*plan, mode));
    const bool started = launching ? m_runner->launch(*plan) : m_runner->stop(*plan);
    if (!started) {
        setStatus(tr("Nothing to run for %1.").arg(name));
        emit runFinished(false, {});
        return;
    }
    setBusy(true);
    setStatus(launching ? tr("Launching %1…").arg(name) : tr("Stopping %1…").arg(name));
}

void LaunchPanel::fillSteps(const QList<recipes::Step>& steps)
{
    m_rows.clear();
    m_started.clear();
    m_steps->setRowCount(0);
    m_steps->setRowCount(int(steps.size()));
    for (int row = 0; row < steps.size(); ++row) {
        const recipes::Step& s = steps.at(row);
        m_rows.insert(s.id, row);
        auto* node = new QTableWidgetItem(s.node);
        auto* step = new QTableWidgetItem(s.purpose);
        step->setToolTip(s.id);
        auto* status = new QTableWidgetItem;
        status->setData(kStatusRole, int(Status::Waiting));
        m_steps->setItem(row, NodeColumn, node);
        m_steps->setItem(row, StepColumn, step);
        m_steps->setItem(row, StatusColumn, status);
        m_steps->setItem(row, TimeColumn, new QTableWidgetItem);
        renderRow(row);
    }
}

void LaunchPanel::setStepStatus(const QString& stepId, Status status, const QString& message)
{
    const int row = m_rows.value(stepId, -1);
    if (row < 0)
        return;
    QTableWidgetItem* item = m_steps->item(row, StatusColumn);
    item->setData(kStatusRole, int(status));
    item->setData(kMessageRole, message);
    if (status != Status::Running && m_started.contains(stepId)) {
        const double seconds = double(m_started.value(stepId).elapsed()) / 1000.0;
        m_steps->item(row, TimeColumn)->setText(tr("%1 s").arg(seconds, 0, 'f', 1));
        m_started.remove(stepId);
    }
    renderRow(row);
}

void LaunchPanel::renderRow(int row)
{
    QTableWidgetItem* item = m_steps->item(row, StatusColumn);
    if (!item)
        return;
    const auto status = Status(item->data(kStatusRole).toInt());
    const QString message = item->data(kMessageRole).toString();
    QStyle::StandardPixmap icon = QStyle::SP_MediaPause;
    QColor colour(0xee, 0xee, 0xee);
    QString text;
    switch (status) {
    case Status::Waiting:
        text = tr("waiting");
        break;
    case Status::Running:
        text = tr("running");
        icon = QStyle::SP_MediaPlay;
        colour = QColor(0xd6, 0xe8, 0xfb);
        break;
    case Status::Done:
        text = tr("done");
        icon = QStyle::SP_DialogApplyButton;
        colour = QColor(0xd7, 0xf0, 0xd8);
        break;
    case Status::Failed:
        text = tr("failed: %1").arg(message);
        icon = QStyle::SP_MessageBoxCritical;
        colour = QColor(0xf8, 0xd2, 0xd2);
        break;
    case Status::Skipped:
        text = tr("skipped: %1").arg(message);
        icon = QStyle::SP_MessageBoxWarning;
        colour = QColor(0xfc, 0xec, 0xc8);
        break;
    }
    item->setText(text);
    item->setToolTip(text);
    item->setIcon(style()->standardIcon(icon));
    for (int col = 0; col < ColumnCount; ++col) {
        if (QTableWidgetItem* cell = m_steps->item(row, col))
            cell->setBackground(colour);
    }
}

QString LaunchPanel::stepStatus(const QString& stepId) const
{
    const int row = m_rows.value(stepId, -1);
    return row < 0 ? QString() : m_steps->item(row, StatusColumn)->text();
}

void LaunchPanel::tick()
{
    for (auto it = m_started.cbegin(); it != m_started.cend(); ++it) {
        const int row = m_rows.value(it.key(), -1);
        if (row >= 0)
            m_steps->item(row, TimeColumn)->setText(tr("%1 s").arg(it.value().elapsed() / 1000));
    }
}

void LaunchPanel::appendLog(const QString& line)
{
    m_pendingLog << line;
    if (m_pendingLog.size() > kMaxLogLines)
        m_pendingLog.remove(0, m_pendingLog.size() - kMaxLogLines);
    if (!m_logTimer->isActive())
        m_logTimer->start();
}

void LaunchPanel::flushLog()
{
    if (m_pendingLog.isEmpty())
        return;
    m_log->appendPlainText(m_pendingLog.join(QLatin1Char('\n')));
    m_pendingLog.clear();
}

} // namespace npufleet::ui
