// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/nfs/NfsSharePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/project/Project.h"
#include "core/storage/ConfigEntries.h"

#include "ui/nfs/NfsWizard.h"

namespace npufleet::ui {

namespace {
struct OptionText
{
    const char* option;
    const char* explanation;
};
const OptionText kExportOptions[] = {
    {"rw",
     QT_TRANSLATE_NOOP("npufleet::ui::NfsSharePage", "clients may write: downloads and caches land on the share")},
    {"sync",
     QT_TRANSLATE_NOOP("npufleet::ui::NfsSharePage",
                       "the server confirms a write once it is on disk: nothing lost if it reboots")},
    {"no_root_squash",
     QT_TRANSLATE_NOOP("npufleet::ui::NfsSharePage",
                       "root on a client stays root on the share, as containers run as root")},
    {"no_subtree_check",
     QT_TRANSLATE_NOOP("npufleet::ui::NfsSharePage",
                       "skip the subtree check: faster, and no stale handles after renames")},
};
} // namespace

NfsSharePage::NfsSharePage(NfsWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("What to share"));
    setSubTitle(tr("One node serves a model folder over NFS; the others mount it, so every model exists once."));
    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("serverNode"));
    m_exportPath = new QLineEdit(this);
    m_exportPath->setObjectName(QStringLiteral("exportPath"));
    m_clients = new QListWidget(this);
    m_clients->setObjectName(QStringLiteral("clients"));
    m_clients->setMaximumHeight(120);
    m_network = new QLineEdit(this);
    m_network->setObjectName(QStringLiteral("network"));
    auto* recompute = new QPushButton(tr("From the node addresses"), this);
    auto* networkRow = new QHBoxLayout;
    networkRow->addWidget(m_network, 1);
    networkRow->addWidget(recompute);

    auto* optionsBox = new QVBoxLayout;
    for (const OptionText& o : kExportOptions) {
        auto* box = new QCheckBox(QLatin1String(o.option), this);
        box->setObjectName(QStringLiteral("export_") + QLatin1String(o.option));
        box->setProperty("option", QLatin1String(o.option));
        const QString why = QCoreApplication::translate("npufleet::ui::NfsSharePage", o.explanation);
        box->setToolTip(why);
        auto* label = new QLabel(why, this);
        label->setEnabled(false);
        auto* row = new QHBoxLayout;
        row->addWidget(box);
        row->addWidget(label, 1);
        optionsBox->addLayout(row);
        m_options << box;
        connect(box, &QCheckBox::toggled, this, [this] { updateDraft(); });
    }
    m_extraOptions = new QLineEdit(this);
    m_extraOptions->setObjectName(QStringLiteral("extraExportOptions"));
    m_extraOptions->setPlaceholderText(tr("more options, comma-separated (e.g. fsid=0)"));
    optionsBox->addWidget(m_extraOptions);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server node:"), m_server);
    form->addRow(tr("&Export folder:"), m_exportPath);
    form->addRow(tr("&Clients:"), m_clients);
    // A row of several widgets gets no buddy from the form: without one the '&' would show as it is.
    auto* networkLabel = new QLabel(tr("&Network allowed:"), this);
    networkLabel->setBuddy(m_network);
    form->addRow(networkLabel, networkRow);
    form->addRow(tr("Export options:"), optionsBox);
    setLayout(form);

    connect(m_server, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_wizard->draft().serverNode = m_server->currentData().toString();
        m_wizard->draft().clients.clear();
        fillClients();
        updateDraft();
    });
    connect(m_exportPath, &QLineEdit::textEdited, this, [this] { updateDraft(); });
    connect(m_clients, &QListWidget::itemChanged, this, [this] { updateDraft(); });
    connect(m_network, &QLineEdit::textEdited, this, [this] {
        m_networkEdited = true;
        updateDraft();
    });
    connect(m_extraOptions, &QLineEdit::textEdited, this, [this] { updateDraft(); });
    connect(recompute, &QPushButton::clicked, this, [this] {
        m_networkEdited = false;
        recomputeNetwork();
    });
}

void NfsSharePage::initializePage()
{
    m_filling = true;
    const project::SharedStorage& s = m_wizard->draft();
    m_server->clear();
    for (const cluster::Node& n : m_wizard->project()->data().nodes)
        m_server->addItem(QStringLiteral("%1 (%2)").arg(n.name, n.clusterAddress()), n.name);
    m_server->setCurrentIndex(qMax(0, m_server->findData(s.serverNode)));
    m_exportPath->setText(s.exportPath);
    m_network->setText(s.network);
    m_networkEdited = !s.network.isEmpty();
    const QStringList opts = storage::ConfigEditor::optionSet(s.exportOptions);
    QStringList extra = opts;
    for (QCheckBox* box : std::as_const(m_options)) {
        const QString o = box->property("option").toString();
        box->setChecked(opts.contains(o));
        extra.removeAll(o);
    }
    m_extraOptions->setText(extra.join(QLatin1Char(',')));
    fillClients();
    m_filling = false;
    updateDraft();
}

void NfsSharePage::fillClients()
{
    const bool was = m_filling;
    m_filling = true;
    m_clients->clear();
    const project::SharedStorage& s = m_wizard->draft();
    for (const cluster::Node& n : m_wizard->project()->data().nodes) {
        if (n.name == s.serverNode)
            continue;
        auto* item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(n.name, n.clusterAddress()), m_clients);
        item->setData(Qt::UserRole, n.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(s.clients.isEmpty() || s.clients.contains(n.name) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = was;
}

void NfsSharePage::updateDraft()
{
    if (m_filling)
        return;
    project::SharedStorage& s = m_wizard->draft();
    s.serverNode = m_server->currentData().toString();
    s.exportPath = m_exportPath->text().trimmed();
    QStringList clients;
    for (int i = 0; i < m_clients->count(); ++i) {
        if (m_clients->item(i)->checkState() == Qt::Checked)
            clients << m_clients->item(i)->data(Qt::UserRole).toString();
    }
    s.clients = clients;
    QStringList opts;
    for (QCheckBox* box : std::as_const(m_options)) {
        if (box->isChecked())
            opts << box->property("option").toString();
    }
    opts << m_extraOptions->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& o : opts)
        o = o.trimmed();
    s.exportOptions = opts.join(QLatin1Char(','));
    if (!m_networkEdited)
        recomputeNetwork();
    s.network = m_network->text().trimmed();
    emit completeChanged();
}

void NfsSharePage::recomputeNetwork()
{
    project::SharedStorage probe = m_wizard->draft();
    m_network->setText(storage::NfsPlanner::suggestedNetwork(probe, m_wizard->project()->data().nodes));
    m_wizard->draft().network = m_network->text();
}

bool NfsSharePage::isComplete() const
{
    const project::SharedStorage& s = m_wizard->draft();
    return !s.serverNode.isEmpty() && s.exportPath.startsWith(QLatin1Char('/')) && !s.clients.isEmpty()
        && !s.network.isEmpty() && !s.exportOptions.isEmpty();
}

bool NfsSharePage::validatePage()
{
    updateDraft();
    return isComplete();
}

} // namespace npufleet::ui
