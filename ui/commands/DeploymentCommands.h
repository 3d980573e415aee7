// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUndoCommand>

#include "core/project/Deployment.h"
#include "core/project/ModelSource.h"

namespace npufleet::project {
class Project;
}
namespace npufleet::planning {
struct AutoPlaceOutcome;
}

namespace npufleet::ui {

class CreateDeploymentCommand : public QUndoCommand
{
public:
    CreateDeploymentCommand(project::Project* project, project::Deployment deployment, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    project::Project* m_project;
    project::Deployment m_deployment;
    int m_index;
};

class DeleteDeploymentCommand : public QUndoCommand
{
public:
    DeleteDeploymentCommand(project::Project* project, const QString& name, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    project::Project* m_project;
    project::Deployment m_deployment;
    int m_index;
};

// Sets a deployment's devices and layout; undo swaps the old ones back. Found by name at each step.
class PlaceDeploymentCommand : public QUndoCommand
{
public:
    PlaceDeploymentCommand(project::Project* project,
                           const QString& name,
                           const QList<project::Placement>& placement,
                           const project::ParallelLayout& layout,
                           QUndoCommand* parent = nullptr);
    void redo() override { swap(); }
    void undo() override { swap(); }

private:
    void swap();
    project::Project* m_project;
    QString m_name;
    QList<project::Placement> m_placement;
    project::ParallelLayout m_layout;
};

class MoveDeploymentCommand : public PlaceDeploymentCommand
{
public:
    MoveDeploymentCommand(project::Project* project,
                          const QString& name,
                          const QList<project::Placement>& placement,
                          const project::ParallelLayout& layout,
                          QUndoCommand* parent = nullptr);
};

class ResizeDeploymentCommand : public PlaceDeploymentCommand
{
public:
    ResizeDeploymentCommand(project::Project* project,
                            const QString& name,
                            const QList<project::Placement>& placement,
                            const project::ParallelLayout& layout,
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

class AddModelCommand : public QUndoCommand
{
public:
    AddModelCommand(project::Project* project, project::ModelSource model, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    project::Project* m_project;
    project::ModelSource m_model;
    int m_index;
};

class EditModelCommand : public QUndoCommand
{
public:
    EditModelCommand(project::Project* project, int index, project::ModelSource model, QUndoCommand* parent = nullptr);
    void redo() override { swap(); }
    void undo() override { swap(); }

private:
    void swap();
    project::Project* m_project;
    int m_index;
    project::ModelSource m_other;
};

// Removes a model and, as children run first, the deployments that use it.
class RemoveModelCommand : public QUndoCommand
{
public:
    RemoveModelCommand(project::Project* project, int index, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    project::Project* m_project;
    project::ModelSource m_model;
    int m_index;
};

} // namespace npufleet::ui
