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
    m_hosts->setHeaderLabels({tr("Host"), tr("Address"), tr("User"), tr("Port"), tr("Identity file"), tr("Defined at")});
    m_hosts->setRootIsDecorated(false);
    m_hosts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_notes->setReadOnly(true);
    m_notes->setMaximumHeight(110);
    m_notes->setPlaceholderText(tr("Notes about the file (wildcard hosts, Match blocks, missing includes) appear here."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pathRow);
    layout->addWidget(new QLabel(tr("Tick the hosts to add as nodes. Hosts already in the project are not offered again."), this));
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
    QStringList knownHosts, knownNames;
    for (const cluster::Node& n : m_project.nodes) {
        knownHosts << n.host;
        knownNames << n.name;
    }
    QStringList notes;
    for (const remote::SshConfigNote& note : result->notes)
        notes << note.toString();
    for (const remote::SshHostEntry& e : result->hosts) {
        if (knownHosts.contains(e.hostName) || knownNames.contains(e.alias)) {
            notes << tr("%1 is already in the project; skipped.").arg(e.alias);
            continue;
        }
        cluster::Node node;
        node.name = e.alias;
        node.host = e.hostName;
        node.user = e.user;
        node.port = e.port.value_or(22);
        node.identityFile = e.identityFiles.value(0);
        // A fresh node declares the usual Atlas 800I A2 shape; the first inventory refresh corrects it.
        node.hardware.chip = QStringLiteral("910B4");
        node.hardware.acceleratorCount = 8;
        node.hardware.memoryMibPerAccelerator = 32 * 1024;
        m_candidates << node;
        auto* item = new QTreeWidgetItem(m_hosts, {e.alias, e.hostName, e.user, QString::number(node.port),
                                                   QDir::toNativeSeparators(node.identityFile),
                                                   QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(e.sourceFile)).arg(e.line)});
        item->setCheckState(0, Qt::Checked);
    }
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
