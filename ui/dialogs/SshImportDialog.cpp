// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/SshImportDialog.h"

namespace npufleet::ui {

SshImportDialog::SshImportDialog(const project::ProjectData& project, QWidget* parent, const QString& configPath)
    : QDialog(parent)
    , m_project(project)
{
    Q_UNUSED(configPath);
}

QList<cluster::Node> SshImportDialog::selectedNodes() const
{
    return {};
}

void SshImportDialog::load(const QString& path)
{
    Q_UNUSED(path);
}

void SshImportDialog::updateButtons() { }

} // namespace npufleet::ui
