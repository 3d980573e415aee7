// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUndoCommand>

#include "core/project/Deployment.h"
#include "core/project/ModelSource.h"

#include "ui/commands/DeploymentSwapCommand.h"
#include "ui/commands/ListItemCommand.h"

namespace npufleet::planning {
struct AutoPlaceOutcome;
}

namespace npufleet::ui {

class CreateDeploymentCommand : public ListItemCommand<project::Deployment>
{
public:
    CreateDeploymentCommand(project::Project* project, project::Deployment deployment, QUndoCommand* parent = nullptr);
};

class DeleteDeploymentCommand : public ListItemCommand<project::Deployment>
{
public:
    DeleteDeploymentCommand(project::Project* project, const QString& name, QUndoCommand* parent = nullptr);
};

// Sets a deployment's devices and layout; undo swaps the old ones back.
class PlaceDeploymentCommand : public DeploymentSwapCommand
{
public:
    PlaceDeploymentCommand(project::Project* project,
                           const QString& name,
                           const QList<project::Placement>& placement,
                           const project::Layout& layout,
                           QUndoCommand* parent = nullptr);

private:
    void exchange(project::Deployment& deployment) override;
    QList<project::Placement> m_placement;
    project::Layout m_layout;
};

class MoveDeploymentCommand : public PlaceDeploymentCommand
{
public:
    MoveDeploymentCommand(project::Project* project,
                          const QString& name,
                          const QList<project::Placement>& placement,
                          const project::Layout& layout,
                          QUndoCommand* parent = nullptr);
};

class ResizeDeploymentCommand : public PlaceDeploymentCommand
{
public:
    ResizeDeploymentCommand(project::Project* project,
                            const QString& name,
                            const QList<project::Placement>& placement,
                            const project::Layout& layout,
                            QUndoCommand* parent = nullptr);
};

// Every placed outcome of one auto-place run, as one step.
class AutoPlaceCommand : public QUndoCommand
{
public:
    AutoPlaceCommand(project::Project* project, const QList<planning::AutoPlaceOutcome>& outcomes);
    int placedCount() const { return m_placed; }

private:
    int m_placed = 0;
};

class AddModelCommand : public ListItemCommand<project::ModelSource>
{
public:
    AddModelCommand(project::Project* project, project::ModelSource model, QUndoCommand* parent = nullptr);
};

class EditModelCommand : public ListItemCommand<project::ModelSource>
{
public:
    EditModelCommand(project::Project* project, int index, project::ModelSource model, QUndoCommand* parent = nullptr);
};

// Removes a model and, as children run first, the deployments that use it.
class RemoveModelCommand : public ListItemCommand<project::ModelSource>
{
public:
    RemoveModelCommand(project::Project* project, int index, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
};

} // namespace npufleet::ui
