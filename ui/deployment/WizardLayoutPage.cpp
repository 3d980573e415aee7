// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/WizardLayoutPage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPointer>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

#include "core/planning/PlanInput.h"
#include "core/planning/Planner.h"

#include "ui/deployment/NewDeploymentWizard.h"
#include "ui/deployment/ProblemLabel.h"

namespace npufleet::ui {

namespace {

QString layoutText(const project::Layout& l)
{
    QString s = QStringLiteral("TP%1").arg(l.tp);
    if (l.pp > 1)
        s += QStringLiteral(" × PP%1").arg(l.pp);
    if (l.dp > 1)
        s += QStringLiteral(" × DP%1").arg(l.dp);
    if (l.ep)
        s += QStringLiteral(" + EP");
    return s;
}

} // namespace

WizardLayoutPage::WizardLayoutPage(NewDeploymentWizard* wizard)
    : WizardFieldPage(wizard, {QStringLiteral("layout"), QStringLiteral("engine")}, true)
    , m_table(new QTableWidget(0, 5))
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("layoutPage"));
    m_table->setObjectName(QStringLiteral("layoutTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(problems());
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem*> selected = m_table->selectedItems();
        if (!selected.isEmpty())
            chooseRow(selected.first()->row());
    });
    retranslate();
}

void WizardLayoutPage::chooseRow(int row)
{
    if (row < 0 || row >= m_plans.size())
        return;
    deploymentWizard()->draft().layout = m_plans.at(row).layout;
    recheck();
}

void WizardLayoutPage::initializePage()
{
    m_planning = true;
    m_table->setRowCount(0);
    m_plans.clear();
    m_accepted.clear();
    m_status->setText(tr("Planning the layouts of %n NPU(s)…", nullptr, deploymentWizard()->draft().placedDevices()));
    recheck();
    const quint64 generation = ++m_generation;
    project::ProjectData doc = deploymentWizard()->projectData();
    doc.deployments << deploymentWizard()->draft();
    const QString name = deploymentWizard()->draft().name;
    QPointer<WizardLayoutPage> self(this);
    // Reading the model and ranking every layout takes a moment: in the pool, never on the GUI thread.
    QThreadPool::globalInstance()->start([self, generation, doc = std::move(doc), name] {
        const planning::PlanInput input = planning::PlanInputResolver::resolve(doc, name, false);
        QList<planning::PlanResult> plans;
        QString error = input.error;
        if (error.isEmpty() && input.model) {
            planning::Planner planner(*input.model, input.options);
            if (Result<planning::PlanReport> report = planner.run())
                plans = report->plans;
            else
                error = report.error().message;
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, plans = std::move(plans), error, generation] {
                if (self)
                    self->showPlans(plans, error, generation);
            },
            Qt::QueuedConnection);
    });
}

void WizardLayoutPage::showPlans(const QList<planning::PlanResult>& plans, const QString& error, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_planning = false;
    m_plans = plans;
    const project::Layout current = deploymentWizard()->draft().layout;
    m_status->setText(error.isEmpty() ? tr("Best first for the %n placed NPU(s). Choose one:", nullptr,
                                           deploymentWizard()->draft().placedDevices())
                                      : error);
    m_table->setRowCount(int(plans.size()));
    int chosen = -1;
    m_accepted.clear();
    const project::ProjectData doc = deploymentWizard()->projectData();
    for (int i = 0; i < plans.size(); ++i) {
        const planning::PlanResult& p = plans.at(i);
        // The planner ranks for the hardware; the engine may still refuse a layout (DP on a one-rank engine).
        project::Deployment tried = deploymentWizard()->draft();
        tried.layout = p.layout;
        const QList<FieldProblem> problems = DeploymentCheck::check(doc, tried);
        QString refused;
        for (const FieldProblem& f : problems) {
            if (f.error && (f.field == QLatin1String("layout") || f.field == QLatin1String("engine"))
                && refused.isEmpty())
                refused = f.message;
        }
        m_accepted << refused.isEmpty();
        const QStringList cells {
            layoutText(p.layout), p.fits() ? tr("✔ fits") : tr("✘ short %1 GiB").arg(p.shortGib(), 0, 'f', 1),
            tr("%1 GiB").arg(p.weightsGib(), 0, 'f', 1),
            p.predicted.valid ? tr("%1 tok/s").arg(p.predicted.outputTokS, 0, 'f', 0) : QStringLiteral("–"),
            refused.isEmpty() ? p.reason : tr("not usable here: %1").arg(refused)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (!refused.isEmpty())
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(i, c, item);
        }
        if (p.layout == current)
            chosen = i;
    }
    // The draft's layout when the engine takes it, else the best one it takes.
    if ((chosen < 0 || !m_accepted.value(chosen)) && firstAccepted() >= 0) {
        chosen = firstAccepted();
        deploymentWizard()->draft().layout = plans.at(chosen).layout;
    }
    m_table->resizeColumnsToContents();
    const QSignalBlocker block(m_table);
    if (chosen >= 0)
        m_table->selectRow(chosen);
    recheck();
    emit planned();
}

int WizardLayoutPage::firstAccepted() const
{
    return int(m_accepted.indexOf(true));
}

void WizardLayoutPage::showDraft()
{
    const project::Layout current = deploymentWizard()->draft().layout;
    const QSignalBlocker block(m_table);
    m_table->clearSelection();
    for (int i = 0; i < m_plans.size(); ++i) {
        if (m_plans.at(i).layout == current)
            m_table->selectRow(i);
    }
}

void WizardLayoutPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    WizardFieldPage::changeEvent(event);
}

void WizardLayoutPage::retranslate()
{
    setTitle(tr("Layout"));
    setSubTitle(tr("How the model is split over the NPUs: tensor, pipeline and data parallel, experts."));
    m_table->setHorizontalHeaderLabels(
        {tr("Layout"), tr("Memory"), tr("Weights per NPU"), tr("Predicted output"), tr("Why it ranks here")});
}

} // namespace npufleet::ui
