// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

#include "core/project/Deployment.h"

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

// Exchanges some settings of a deployment with values kept in the command, so redo and undo are the
// same step. The deployment is found by name at each step: reordering deployments in between is harmless.
class DeploymentSwapCommand : public QUndoCommand
{
public:
    void redo() final { swap(); }
    void undo() final { swap(); }

protected:
    DeploymentSwapCommand(project::Project* project, const QString& name, QUndoCommand* parent);
    // Swaps the command's values with the deployment's.
    virtual void exchange(project::Deployment& deployment) = 0;

private:
    void swap();
    project::Project* m_project;
    QString m_name;
};

} // namespace npufleet::ui
