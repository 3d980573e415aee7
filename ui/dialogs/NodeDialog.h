// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

#include "core/cluster/Node.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace npufleet::ui {

// Add or edit one node: how to reach it, its role, its cluster NIC and the hardware it declares.
class NodeDialog : public QDialog
{
    Q_OBJECT
public:
    // takenNames: names of the other nodes, which this one must not reuse.
    NodeDialog(const cluster::Node& node, QStringList takenNames, QWidget* parent = nullptr);

    cluster::Node node() const;

private:
    void validate();

    cluster::Node m_original;
    QStringList m_takenNames;
    QLineEdit* m_name;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_user;
    QComboBox* m_role;
    QLineEdit* m_identity;
    QLineEdit* m_nic;
    QLineEdit* m_nicAddress;
    QLineEdit* m_labels;
    QComboBox* m_vendor;
    QLineEdit* m_chip;
    QSpinBox* m_count;
    QSpinBox* m_memory;
    QComboBox* m_npuAccess;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace npufleet::ui
