// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/nfs/NfsVerifyPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/storage/NfsRunner.h"

#include "ui/nfs/NfsWizard.h"

namespace npufleet::ui {

NfsVerifyPage::NfsVerifyPage(NfsWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Verify"));
    setSubTitle(tr("From each client: the server's export list, the mount, a probe file seen on the server, and "
                   "the same files and sizes. Finish records the storage in the project."));
    m_again = new QPushButton(tr("&Run the checks again"), this);
    m_stop = new QPushButton(tr("&Stop checking"), this);
    m_stop->setObjectName(QStringLiteral("stopChecks"));
    m_stop->setToolTip(tr("Stops after the check each client is running now"));
    m_stop->setEnabled(false);
    m_summary = new QLabel(this);
    m_checks = new QTreeWidget(this);
    m_checks->setObjectName(QStringLiteral("checks"));
    m_checks->setHeaderLabels({tr("Check"), tr("Result"), tr("Details")});
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_checks, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_again);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_again, &QPushButton::clicked, this, [this] { run(); });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_summary->setText(tr("Stopping…"));
        m_wizard->runner()->cancel();
    });

    storage::NfsRunner* runner = m_wizard->runner();
    connect(runner, &storage::NfsRunner::checkFinished, this, [this](const storage::CheckReport& c) {
        if (!m_running)
            return;
        QTreeWidgetItem* top = nullptr;
        for (int i = 0; i < m_checks->topLevelItemCount() && !top; ++i) {
            if (m_checks->topLevelItem(i)->text(0) == c.node)
                top = m_checks->topLevelItem(i);
        }
        if (!top) {
            top = new QTreeWidgetItem(m_checks, {c.node});
            top->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(top, {c.title, c.passed ? tr("passed") : tr("FAILED"), c.detail});
        item->setToolTip(2, c.detail);
        item->setForeground(1, QBrush(c.passed ? Qt::darkGreen : Qt::red));
    });
    connect(runner, &storage::NfsRunner::finished, this, [this](bool ok, const QString& summary) {
        if (!m_running)
            return;
        m_running = false;
        m_again->setEnabled(true);
        m_stop->setEnabled(false);
        m_summary->setText(ok ? tr("The share works from every client. %1").arg(summary)
                              : tr("Some checks failed. %1").arg(summary));
        emit completeChanged();
    });
}

void NfsVerifyPage::initializePage()
{
    run();
}

void NfsVerifyPage::run()
{
    const Result<storage::NfsPlan> plan = m_wizard->plan();
    if (!plan || m_wizard->runner()->isRunning())
        return;
    m_running = true;
    m_again->setEnabled(false);
    m_stop->setEnabled(true);
    m_checks->clear();
    m_summary->setText(tr("Checking…"));
    emit completeChanged();
    m_wizard->runner()->verify(*plan);
}

bool NfsVerifyPage::isComplete() const
{
    return !m_running;
}

bool NfsVerifyPage::validatePage()
{
    m_wizard->recordStorage();
    return true;
}

} // namespace npufleet::ui
