// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/NodeDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/project/ProjectValues.h"

namespace npufleet::ui {

NodeDialog::NodeDialog(const cluster::Node& node, QStringList takenNames, QWidget* parent)
    : QDialog(parent)
    , m_original(node)
    , m_takenNames(std::move(takenNames))
    , m_name(new QLineEdit(node.name, this))
    , m_host(new QLineEdit(node.host, this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(node.user, this))
    , m_role(new QComboBox(this))
    , m_identity(new QLineEdit(node.identityFile, this))
    , m_nic(new QLineEdit(node.clusterInterface, this))
    , m_nicAddress(new QLineEdit(this))
    , m_labels(new QLineEdit(node.labels.join(QStringLiteral(", ")), this))
    , m_vendor(new QComboBox(this))
    , m_chip(new QLineEdit(node.hardware.chip, this))
    , m_count(new QSpinBox(this))
    , m_memory(new QSpinBox(this))
    , m_npuAccess(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(node.name.isEmpty() ? tr("Add node") : tr("Edit node %1").arg(node.name));
    m_name->setObjectName(QStringLiteral("nodeName"));
    m_host->setObjectName(QStringLiteral("nodeHost"));
    m_host->setPlaceholderText(tr("IP address or host name"));
    m_port->setRange(1, 65535);
    m_port->setValue(node.port);
    m_user->setPlaceholderText(tr("from ~/.ssh/config, else your login name"));
    m_role->addItem(tr("worker"), int(cluster::NodeRole::Worker));
    m_role->addItem(tr("head"), int(cluster::NodeRole::Head));
    m_role->setCurrentIndex(node.role == cluster::NodeRole::Head ? 1 : 0);
    m_identity->setPlaceholderText(tr("ssh-agent or ~/.ssh/config"));
    m_nic->setPlaceholderText(tr("e.g. enp189s0f0: sets HCCL_SOCKET_IFNAME, GLOO_SOCKET_IFNAME, TP_SOCKET_IFNAME"));
    m_nicAddress->setPlaceholderText(tr("e.g. 172.16.33.106/24: sets HCCL_IF_IP"));
    for (const cluster::NetworkInterface& nic : node.interfaces) {
        if (nic.name == node.clusterInterface)
            m_nicAddress->setText(nic.prefixLength > 0 ? QStringLiteral("%1/%2").arg(nic.address).arg(nic.prefixLength)
                                                       : nic.address);
    }
    m_labels->setPlaceholderText(tr("comma-separated, e.g. rack-a, 64g"));
    m_vendor->addItem(QStringLiteral("Ascend"), int(cluster::Vendor::Ascend));
    m_vendor->addItem(QStringLiteral("NVIDIA"), int(cluster::Vendor::Nvidia));
    m_vendor->setCurrentIndex(node.hardware.vendor == cluster::Vendor::Nvidia ? 1 : 0);
    m_chip->setPlaceholderText(tr("e.g. 910B4"));
    m_count->setRange(0, 64);
    m_count->setValue(node.hardware.acceleratorCount);
    m_memory->setRange(0, 4096);
    m_memory->setSuffix(tr(" GiB"));
    m_memory->setValue(int(node.hardware.memoryMibPerAccelerator / 1024));
    // How containers get the NPUs: pre-flight detects it (docker info); the user may know better beforehand.
    m_npuAccess->setObjectName(QStringLiteral("npuAccess"));
    m_npuAccess->addItem(tr("--device lines (container numbering)"), int(cluster::NpuAccess::Devices));
    m_npuAccess->addItem(tr("Ascend Docker Runtime (ASCEND_VISIBLE_DEVICES)"), int(cluster::NpuAccess::AscendRuntime));
    m_npuAccess->setCurrentIndex(m_npuAccess->findData(int(node.npuAccess)));
    m_npuAccess->setToolTip(tr("How containers on this node reach their NPUs. Pre-flight reads Docker's runtimes and "
                               "says when this differs from the node."));
    m_problem->setStyleSheet(QStringLiteral("color: #b02a2a"));
    m_problem->setWordWrap(true);

    // Room for a host name, an identity path and the NPU access choice without a field cut short.
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(8);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("SSH &port:"), m_port);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Identity file:"), m_identity);
    form->addRow(tr("Cluster N&IC:"), m_nic);
    form->addRow(tr("NIC &address:"), m_nicAddress);
    form->addRow(tr("&Labels:"), m_labels);
    form->addRow(tr("&Vendor:"), m_vendor);
    form->addRow(tr("&Chip:"), m_chip);
    form->addRow(tr("Accelerator c&ount:"), m_count);
    form->addRow(tr("&Memory per accelerator:"), m_memory);
    form->addRow(tr("NPU acc&ess:"), m_npuAccess);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_name, m_host, m_nic, m_nicAddress})
        connect(edit, &QLineEdit::textChanged, this, &NodeDialog::validate);
    validate();
}

void NodeDialog::validate()
{
    QString problem;
    const QString name = m_name->text().trimmed();
    const QString host = m_host->text().trimmed();
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9.:_-]+$"));
    static const QRegularExpression cidr(QStringLiteral("^(\\d{1,3}(\\.\\d{1,3}){3})(/\\d{1,2})?$"));
    if (name.isEmpty())
        problem = tr("A node needs a name.");
    else if (m_takenNames.contains(name))
        problem = tr("Another node is already called %1.").arg(name);
    else if (host.isEmpty())
        problem = tr("A node needs a host: its IP address or name.");
    else if (!hostPattern.match(host).hasMatch())
        problem = tr("'%1' is not a host name or address.").arg(host);
    else if (!m_nicAddress->text().isEmpty() && !cidr.match(m_nicAddress->text().trimmed()).hasMatch())
        problem = tr("The NIC address must look like 172.16.33.106/24.");
    else if (!m_nicAddress->text().isEmpty() && m_nic->text().trimmed().isEmpty())
        problem = tr("Name the NIC that holds this address.");
    else if (const Result<void> gate = project::checkNodeValues(node()); !gate)
        problem = gate.error().message; // the value gate's words: what the file reader would say
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

cluster::Node NodeDialog::node() const
{
    cluster::Node n = m_original;
    n.name = m_name->text().trimmed();
    n.host = m_host->text().trimmed();
    n.port = m_port->value();
    n.user = m_user->text().trimmed();
    n.role = cluster::NodeRole(m_role->currentData().toInt());
    n.identityFile = m_identity->text().trimmed();
    n.clusterInterface = m_nic->text().trimmed();
    n.labels.clear();
    for (const QString& l : m_labels->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        n.labels << l.trimmed();
    // The cluster NIC's address replaces any declared before; other declared NICs stay.
    n.interfaces.removeIf([&](const cluster::NetworkInterface& nic) { return nic.name == n.clusterInterface; });
    const QString address = m_nicAddress->text().trimmed();
    if (!n.clusterInterface.isEmpty() && !address.isEmpty()) {
        cluster::NetworkInterface nic {n.clusterInterface, address.section(QLatin1Char('/'), 0, 0), 0};
        if (address.contains(QLatin1Char('/')))
            nic.prefixLength = address.section(QLatin1Char('/'), 1).toInt();
        n.interfaces.prepend(nic);
    }
    n.hardware.vendor = cluster::Vendor(m_vendor->currentData().toInt());
    n.hardware.chip = m_chip->text().trimmed();
    n.hardware.acceleratorCount = m_count->value();
    n.hardware.memoryMibPerAccelerator = qint64(m_memory->value()) * 1024;
    n.npuAccess = cluster::NpuAccess(m_npuAccess->currentData().toInt());
    return n;
}

} // namespace npufleet::ui
