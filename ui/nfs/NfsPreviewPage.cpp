// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/nfs/NfsPreviewPage.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "core/project/Project.h"
#include "core/storage/NfsExport.h"
#include "core/storage/NfsRunner.h"

#include "ui/nfs/NfsWizard.h"

namespace npufleet::ui {

NfsPreviewPage::NfsPreviewPage(NfsWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("Exactly what will run on each node, in order. Nothing has been changed yet; running it again "
                   "later changes nothing."));
    m_status = new QLabel(this);
    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_nodes = new QListWidget(this);
    m_nodes->setObjectName(QStringLiteral("previewNodes"));
    m_nodes->setSpacing(3);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_nodes);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({220, 660});
    auto* exportButton = new QPushButton(tr("Export as scripts…"), this);
    exportButton->setToolTip(
        tr("The same steps as bash scripts: one for the server, one per client, and undo scripts."));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_warnings);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_nodes, &QListWidget::currentRowChanged, this, [this] { showNode(); });
    connect(exportButton, &QPushButton::clicked, this, [this] { exportScripts(); });
    connect(m_wizard->runner(), &storage::NfsRunner::osDetected, this,
            [this](const QHash<QString, storage::OsFamily>& families) {
                m_wizard->detectedOs() = families;
                m_wizard->setOsDetectionDone();
                rebuild();
            });
}

void NfsPreviewPage::initializePage()
{
    if (!m_wizard->osDetectionDone() && !m_wizard->runner()->isRunning()) {
        QList<cluster::Node> nodes;
        const project::SharedStorage& s = m_wizard->draft();
        for (const cluster::Node& n : m_wizard->project()->data().nodes) {
            if (n.name == s.serverNode || s.clients.contains(n.name))
                nodes << n;
        }
        m_wizard->runner()->detectOs(nodes, m_wizard->etcRoot());
    }
    rebuild();
}

void NfsPreviewPage::rebuild()
{
    const int row = qMax(0, m_nodes->currentRow());
    m_nodes->clear();
    const Result<storage::NfsPlan> plan = m_wizard->plan();
    m_valid = bool(plan);
    if (!plan) {
        m_warnings->setText(QStringLiteral("<b>%1</b>").arg(plan.error().toString().toHtmlEscaped()));
        m_text->clear();
        emit completeChanged();
        return;
    }
    QStringList warnings;
    for (const QString& w : plan->warnings)
        warnings << QStringLiteral("⚠ ") + w.toHtmlEscaped();
    if (m_wizard->isSimulated())
        warnings << tr("Demo project: the steps run on the simulator, never on the network.").toHtmlEscaped();
    m_warnings->setText(warnings.join(QStringLiteral("<br>")));
    m_warnings->setVisible(!warnings.isEmpty());
    const Result<storage::NfsPlan> undoPlan = m_wizard->undoPlan();
    for (const storage::NfsNodePlan* n : plan->nodes()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1\n%2, %3")
                                             .arg(n->node.name,
                                                  n->role == storage::NfsRole::Server ? tr("server") : tr("client"),
                                                  storage::osFamilyName(n->family)),
                                         m_nodes);
        const storage::NfsNodePlan* undoNode = n;
        for (const storage::NfsNodePlan* u : undoPlan ? undoPlan->nodes() : QList<const storage::NfsNodePlan*>()) {
            if (u->node.name == n->node.name)
                undoNode = u;
        }
        const QString text = storage::NfsPlanner::describe(*n) + QStringLiteral("\n\n")
            + tr("Undo storage setup would run:") + QLatin1Char('\n') + storage::NfsPlanner::describe(*undoNode, true);
        item->setData(Qt::UserRole, text);
    }
    m_nodes->setCurrentRow(qMin(row, m_nodes->count() - 1));
    m_status->setText(m_wizard->osDetectionDone() ? tr("OS family read from /etc/os-release on %n node(s).", nullptr,
                                                       int(m_wizard->detectedOs().size()))
                                                  : tr("Reading /etc/os-release on the nodes…"));
    showNode();
    emit completeChanged();
}

void NfsPreviewPage::showNode()
{
    QListWidgetItem* item = m_nodes->currentItem();
    m_text->setPlainText(item ? item->data(Qt::UserRole).toString() : QString());
}

bool NfsPreviewPage::isComplete() const
{
    return m_valid && !m_wizard->runner()->isRunning();
}

void NfsPreviewPage::exportScripts()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export NFS scripts to"));
    if (dir.isEmpty())
        return;
    project::ProjectData project = m_wizard->project()->data();
    project.storage = m_wizard->draft();
    const Result<QStringList> written = storage::exportNfsScripts(project, dir);
    m_status->setText(written ? tr("%n script(s) written to %1/nfs.", nullptr, int(written->size())).arg(dir)
                              : written.error().toString());
}

} // namespace npufleet::ui
