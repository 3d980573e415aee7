// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/EditDeploymentCommand.h"

namespace npufleet::ui {

EditDeploymentCommand::EditDeploymentCommand(
    project::Project* project, int index, project::Deployment deployment, const QString& text, QUndoCommand* parent)
    : ListItemCommand(project, Change::Replace, index, std::move(deployment), parent)
{
    setText(text);
}

} // namespace npufleet::ui
