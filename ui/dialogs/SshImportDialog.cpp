// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/SshImportDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/remote/SshConfig.h"
#include "core/remote/SshImport.h"

#include "ui/dialogs/Ask.h"

namespace npufleet::ui {

SshImportDialog::SshImportDialog(const project::ProjectData& project, QWidget* parent, const QString& configPath)
    : QDialog(parent)
    , m_project(project)
    , m_path(new QLineEdit(this))
    , m_hosts(new QTreeWidget(this))
    , m_notes(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import nodes from SSH config"));
    resize(760, 480);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* reload = new QPushButton(tr("Re&load"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(new QLabel(tr("Config file:"), this));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    pathRow->addWidget(reload);

    m_hosts->setObjectName(QStringLiteral("sshHosts"));
    m_hosts->setHeaderLabels(
        {tr("Host"), tr("Address"), tr("User"), tr("Port"), tr("Identity file"), tr("Defined at")});
    m_hosts->setRootIsDecorated(false);
    m_hosts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_notes->setReadOnly(true);
    m_notes->setMaximumHeight(110);
    m_notes->setPlaceholderText(
        tr("Notes about the file (wildcard hosts, Match blocks, missing includes) appear here."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pathRow);
    layout->addWidget(
        new QLabel(tr("Tick the hosts to add as nodes. Hosts already in the project are not offered again."), this));
    layout->addWidget(m_hosts, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hosts, &QTreeWidget::itemChanged, this, &SshImportDialog::updateButtons);
    connect(reload, &QPushButton::clicked, this, [this] { load(m_path->text()); });
    connect(m_path, &QLineEdit::returnPressed, this, [this] { load(m_path->text()); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = ask::openFileName(this, tr("SSH config file"), QDir::homePath() + QStringLiteral("/.ssh"),
                                               tr("All files (*)"));
        if (!path.isEmpty())
            load(path);
    });
    load(configPath.isEmpty() ? remote::SshConfig::defaultPath() : configPath);
}

void SshImportDialog::load(const QString& path)
{
    m_path->setText(path);
    m_hosts->clear();
    m_notes->clear();
    m_candidates.clear();
    const auto result = remote::SshConfig::load(path);
    if (!result) {
        m_notes->setPlainText(result.error().toString());
        updateButtons();
        return;
    }
    const remote::SshNodeImport import = remote::nodesFromSshConfig(*result, m_project);
    m_candidates = import.nodes;
    for (int i = 0; i < import.nodes.size(); ++i) {
        const cluster::Node& node = import.nodes.at(i);
        const remote::SshHostEntry& e = import.hosts.at(i);
        auto* item = new QTreeWidgetItem(
            m_hosts,
            {e.alias, e.hostName, e.user, QString::number(node.port), QDir::toNativeSeparators(node.identityFile),
             QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(e.sourceFile)).arg(e.line)});
        item->setCheckState(0, Qt::Checked);
    }
    const QStringList notes = import.notes;
    m_notes->setPlainText(notes.join(QLatin1Char('\n')));
    updateButtons();
}

QList<cluster::Node> SshImportDialog::selectedNodes() const
{
    QList<cluster::Node> nodes;
    for (int i = 0; i < m_hosts->topLevelItemCount(); ++i) {
        if (m_hosts->topLevelItem(i)->checkState(0) == Qt::Checked)
            nodes << m_candidates.at(i);
    }
    if (m_project.nodes.isEmpty() && !nodes.isEmpty())
        nodes.first().role = cluster::NodeRole::Head;
    return nodes;
}

void SshImportDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedNodes().isEmpty());
}

} // namespace npufleet::ui
