// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/DeploymentCommands.h"

#include <QCoreApplication>

#include "core/planning/Placement.h"
#include "core/project/Project.h"

namespace npufleet::ui {

namespace {
// Undo texts share one translation context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::ui::DeploymentCommands)
};
} // namespace

CreateDeploymentCommand::CreateDeploymentCommand(project::Project* project,
                                                 project::Deployment deployment,
                                                 QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_deployment(std::move(deployment))
    , m_index(int(project->data().deployments.size()))
{
    setText(Text::tr("Create deployment %1").arg(m_deployment.name));
}

void CreateDeploymentCommand::redo()
{
    m_project->insertDeployment(m_index, m_deployment);
}

void CreateDeploymentCommand::undo()
{
    m_project->removeDeployment(m_index);
}

DeleteDeploymentCommand::DeleteDeploymentCommand(project::Project* project, const QString& name, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_index(project->data().deploymentIndex(name))
{
    if (m_index >= 0)
        m_deployment = project->data().deployments.at(m_index);
    setText(Text::tr("Delete deployment %1").arg(name));
}

void DeleteDeploymentCommand::redo()
{
    if (m_index >= 0)
        m_project->removeDeployment(m_index);
}

void DeleteDeploymentCommand::undo()
{
    if (m_index >= 0)
        m_project->insertDeployment(m_index, m_deployment);
}

PlaceDeploymentCommand::PlaceDeploymentCommand(project::Project* project,
                                               const QString& name,
                                               const QList<project::Placement>& placement,
                                               const project::ParallelLayout& layout,
                                               QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_name(name)
    , m_placement(placement)
    , m_layout(layout)
{
    setText(Text::tr("Place %1").arg(name));
}

void PlaceDeploymentCommand::swap()
{
    const int index = m_project->data().deploymentIndex(m_name);
    if (index < 0)
        return;
    project::Deployment changed = m_project->data().deployments.at(index);
    std::swap(changed.placement, m_placement);
    std::swap(changed.layout, m_layout);
    m_project->setDeployment(index, changed);
}

MoveDeploymentCommand::MoveDeploymentCommand(project::Project* project,
                                             const QString& name,
                                             const QList<project::Placement>& placement,
                                             const project::ParallelLayout& layout,
                                             QUndoCommand* parent)
    : PlaceDeploymentCommand(project, name, placement, layout, parent)
{
    setText(Text::tr("Move %1").arg(name));
}

ResizeDeploymentCommand::ResizeDeploymentCommand(project::Project* project,
                                                 const QString& name,
                                                 const QList<project::Placement>& placement,
                                                 const project::ParallelLayout& layout,
                                                 QUndoCommand* parent)
    : PlaceDeploymentCommand(project, name, placement, layout, parent)
{
    setText(Text::tr("Resize %1").arg(name));
}

AutoPlaceCommand::AutoPlaceCommand(project::Project* project, const QList<planning::AutoPlaceOutcome>& outcomes)
{
    for (const planning::AutoPlaceOutcome& o : outcomes) {
        if (!o.placed)
            continue;
        new PlaceDeploymentCommand(project, o.deployment, o.choice.placement, o.choice.layout(), this);
        ++m_placed;
    }
    setText(Text::tr("Auto-place %n deployment(s)", nullptr, m_placed));
}

AddModelCommand::AddModelCommand(project::Project* project, project::ModelSource model, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_model(std::move(model))
    , m_index(int(project->data().models.size()))
{
    setText(Text::tr("Add model %1").arg(m_model.name.isEmpty() ? m_model.id : m_model.name));
}

void AddModelCommand::redo()
{
    m_project->insertModel(m_index, m_model);
}

void AddModelCommand::undo()
{
    m_project->removeModel(m_index);
}

EditModelCommand::EditModelCommand(project::Project* project,
                                   int index,
                                   project::ModelSource model,
                                   QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_index(index)
    , m_other(std::move(model))
{
    setText(Text::tr("Edit model %1").arg(m_other.name.isEmpty() ? m_other.id : m_other.name));
}

void EditModelCommand::swap()
{
    project::ModelSource current = m_project->data().models.at(m_index);
    m_project->setModel(m_index, m_other);
    m_other = std::move(current);
}

RemoveModelCommand::RemoveModelCommand(project::Project* project, int index, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_model(project->data().models.at(index))
    , m_index(index)
{
    // Highest index first, so the indices each child took stay right while they run.
    const QList<project::Deployment>& deployments = project->data().deployments;
    for (qsizetype i = deployments.size() - 1; i >= 0; --i) {
        if (deployments.at(i).model == m_model.id)
            new DeleteDeploymentCommand(project, deployments.at(i).name, this);
    }
    setText(childCount() > 0 ? Text::tr("Remove model %1 and its %n deployment(s)", nullptr, childCount())
                                   .arg(m_model.name.isEmpty() ? m_model.id : m_model.name)
                             : Text::tr("Remove model %1").arg(m_model.name.isEmpty() ? m_model.id : m_model.name));
}

void RemoveModelCommand::redo()
{
    QUndoCommand::redo();
    m_project->removeModel(m_index);
}

void RemoveModelCommand::undo()
{
    m_project->insertModel(m_index, m_model);
    QUndoCommand::undo();
}

} // namespace npufleet::ui
