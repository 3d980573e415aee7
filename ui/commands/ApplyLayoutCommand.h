// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/DeploymentCommands.h"
#include "ui/commands/DeploymentSwapCommand.h"

namespace npufleet::ui {

// Sets a deployment's TP/PP/DP/EP; undo puts the previous layout back, nothing else changes.
class ApplyLayoutCommand : public DeploymentSwapCommand
{
public:
    ApplyLayoutCommand(project::Project* project,
                       const QString& deployment,
                       const project::Layout& layout,
                       QUndoCommand* parent = nullptr);

private:
    void exchange(project::Deployment& deployment) override;
    project::Layout m_other; // the layout to set next: the new one before redo, the old one after
};

// Sets a layout of another NPU count together with a placement that holds it (Plan's "Apply and re-place"):
// the tiles move on the board, and one undo puts both back.
class ReplaceLayoutCommand : public PlaceDeploymentCommand
{
public:
    ReplaceLayoutCommand(project::Project* project,
                         const QString& deployment,
                         const QList<project::Placement>& placement,
                         const project::Layout& layout,
                         QUndoCommand* parent = nullptr);
};

} // namespace npufleet::ui
