// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/nfs/NfsApplyPage.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/storage/NfsRunner.h"

#include "ui/nfs/NfsWizard.h"

namespace npufleet::ui {

NfsApplyPage::NfsApplyPage(NfsWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Apply"));
    setSubTitle(tr("Runs the previewed steps: the server first, then the clients together. Each step has a "
                   "time limit; Cancel stops after the current step."));
    m_apply = new QPushButton(tr("&Apply now"), this);
    m_apply->setObjectName(QStringLiteral("applyNow"));
    m_cancel = new QPushButton(tr("&Cancel after this step"), this);
    m_cancel->setEnabled(false);
    m_undo = new QPushButton(tr("&Undo storage setup"), this);
    m_undo->setObjectName(QStringLiteral("undoSetup"));
    m_undo->setToolTip(tr("Unmounts the share on the clients and removes the marked blocks from /etc/fstab and "
                          "/etc/exports (after a backup). Packages, services and files stay."));
    m_progress = new QProgressBar(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_steps = new QTreeWidget(this);
    m_steps->setHeaderLabels({tr("Step"), tr("State"), tr("Details")});
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_log);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    storage::NfsRunner* runner = m_wizard->runner();
    connect(m_apply, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_undo, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_wizard->runner()->cancel();
        m_cancel->setEnabled(false);
        m_summary->setText(tr("Cancelling: every node stops after its current step…"));
    });
    connect(runner, &storage::NfsRunner::stepStarted, this,
            [this](const QString& node, const QString& stepId, const QString&) {
                if (m_running)
                    onStepStarted(node, stepId);
            });
    connect(runner, &storage::NfsRunner::stepFinished, this, [this](const storage::StepReport& r) {
        if (m_running)
            onStepFinished(r);
    });
    connect(runner, &storage::NfsRunner::outputReceived, this, [this](const QString& node, bool, const QString& text) {
        if (!m_running)
            return;
        for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            m_log->appendPlainText(QStringLiteral("[%1] %2").arg(node, line));
    });
    connect(runner, &storage::NfsRunner::progress, this, [this](int done, int total) {
        if (!m_running)
            return;
        m_progress->setMaximum(qMax(1, total));
        m_progress->setValue(done);
    });
    connect(runner, &storage::NfsRunner::finished, this, [this](bool ok, const QString& summary) {
        if (m_running)
            onFinished(ok, summary);
    });
}

void NfsApplyPage::initializePage()
{
    m_summary->setText(tr("Nothing has run yet. Press Apply now to start."));
}

void NfsApplyPage::start(bool undo)
{
    const Result<storage::NfsPlan> plan = undo ? m_wizard->undoPlan() : m_wizard->plan();
    if (!plan || m_wizard->runner()->isRunning()) {
        if (!plan)
            m_summary->setText(plan.error().toString());
        return;
    }
    m_running = true;
    m_undoing = undo;
    m_applied = false;
    m_items.clear();
    m_outcomes.clear();
    m_steps->clear();
    m_log->clear();
    // The order the runner uses: apply = server then clients; undo = clients then server.
    QList<const storage::NfsNodePlan*> order = plan->nodes();
    if (undo)
        order.move(0, order.size() - 1);
    for (const storage::NfsNodePlan* n : order) {
        auto* top = new QTreeWidgetItem(m_steps, {n->node.name});
        for (const storage::NfsStep& s : undo ? n->undo : n->apply) {
            auto* item = new QTreeWidgetItem(top, {s.title, tr("waiting")});
            m_items.insert(n->node.name + QLatin1Char('/') + s.id, item);
        }
        top->setExpanded(true);
    }
    m_apply->setEnabled(false);
    m_undo->setEnabled(false);
    m_cancel->setEnabled(true);
    m_summary->setText(undo ? tr("Undoing the storage setup…") : tr("Applying…"));
    emit completeChanged();
    if (undo)
        m_wizard->runner()->undo(*plan);
    else
        m_wizard->runner()->apply(*plan);
}

QTreeWidgetItem* NfsApplyPage::stepItem(const QString& node, const QString& stepId) const
{
    return m_items.value(node + QLatin1Char('/') + stepId);
}

void NfsApplyPage::onStepStarted(const QString& node, const QString& stepId)
{
    if (QTreeWidgetItem* item = stepItem(node, stepId))
        item->setText(1, tr("running…"));
}

void NfsApplyPage::onStepFinished(const storage::StepReport& report)
{
    NodeOutcome& outcome = m_outcomes[report.node];
    if (report.status == storage::StepStatus::Done)
        ++outcome.changed;
    else if (report.status == storage::StepStatus::Unchanged)
        ++outcome.unchanged;
    else if (outcome.failure.isEmpty())
        outcome.failure = QStringLiteral("%1 (%2)").arg(report.stepId, storage::stepStatusText(report.status));
    if (!report.backup.isEmpty())
        outcome.backups << report.backup;
    QTreeWidgetItem* item = stepItem(report.node, report.stepId);
    if (!item)
        return;
    item->setText(1, storage::stepStatusText(report.status));
    QString details = report.message;
    if (!report.backup.isEmpty())
        details += (details.isEmpty() ? QString() : QStringLiteral("; ")) + tr("backup: %1").arg(report.backup);
    item->setText(2, details);
    item->setToolTip(2, details);
    if (!report.ok() && report.status != storage::StepStatus::NotRun && report.status != storage::StepStatus::Cancelled)
        item->setForeground(1, QBrush(Qt::red));
}

void NfsApplyPage::onFinished(bool ok, const QString& summary)
{
    m_running = false;
    m_cancel->setEnabled(false);
    m_apply->setEnabled(true);
    m_undo->setEnabled(true);
    if (m_undoing) {
        m_summary->setText(ok ? tr("Storage setup undone. %1").arg(summary)
                              : tr("Undo stopped. %1 See the steps below for each node's state.").arg(summary));
        if (ok)
            m_wizard->recordRemoval();
    } else {
        m_applied = ok;
        m_summary->setText(ok ? tr("Applied. %1 Next: verify the share from every client.").arg(summary)
                              : tr("Stopped. %1 See the steps below for each node's state; running Apply again "
                                   "continues safely.")
                                    .arg(summary));
    }
    emit m_wizard->activity(ok, tr("Shared storage: %1").arg(m_summary->text()));
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it) {
        const NodeOutcome& o = it.value();
        QString text = (m_undoing ? tr("Shared storage undo on %1: %2 changed, %3 unchanged")
                                  : tr("Shared storage apply on %1: %2 changed, %3 unchanged"))
                           .arg(it.key())
                           .arg(o.changed)
                           .arg(o.unchanged);
        if (!o.backups.isEmpty())
            text += tr("; backups: %1").arg(o.backups.join(QStringLiteral(", ")));
        if (!o.failure.isEmpty())
            text += tr("; stopped at %1").arg(o.failure);
        emit m_wizard->activity(o.failure.isEmpty(), text);
    }
    emit completeChanged();
}

bool NfsApplyPage::isComplete() const
{
    return m_applied && !m_running;
}

} // namespace npufleet::ui
