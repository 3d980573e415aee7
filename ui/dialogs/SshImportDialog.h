// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "core/cluster/Node.h"
#include "core/project/ProjectData.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

namespace npufleet::ui {

// Lists the hosts of an OpenSSH client config (Include files followed) and turns the ticked ones
// into nodes. Wildcard and Match blocks are listed as notes: they name no single host.
class SshImportDialog : public QDialog
{
    Q_OBJECT
public:
    SshImportDialog(const project::ProjectData& project, QWidget* parent = nullptr, const QString& configPath = {});

    QList<cluster::Node> selectedNodes() const;
    void load(const QString& path);

private:
    void updateButtons();

    const project::ProjectData& m_project;
    QLineEdit* m_path;
    QTreeWidget* m_hosts;
    QPlainTextEdit* m_notes;
    QDialogButtonBox* m_buttons;
    QList<cluster::Node> m_candidates;
};

} // namespace npufleet::ui
