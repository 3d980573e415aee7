// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/DeploymentSwapCommand.h"

#include "core/project/Project.h"

namespace npufleet::ui {

DeploymentSwapCommand::DeploymentSwapCommand(project::Project* project, const QString& name, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_name(name)
{
}

void DeploymentSwapCommand::swap()
{
    const int index = m_project->data().deploymentIndex(m_name);
    if (index < 0)
        return;
    project::Deployment changed = m_project->data().deployments.at(index);
    exchange(changed);
    m_project->setDeployment(index, changed);
}

} // namespace npufleet::ui
