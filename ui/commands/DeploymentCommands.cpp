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

QString title(const project::ModelSource& model)
{
    return model.name.isEmpty() ? model.id : model.name;
}
} // namespace

CreateDeploymentCommand::CreateDeploymentCommand(project::Project* project,
                                                 project::Deployment deployment,
                                                 QUndoCommand* parent)
    : ListItemCommand(project, Change::Insert, int(project->data().deployments.size()), std::move(deployment), parent)
{
    setText(Text::tr("Create deployment %1").arg(item().name));
}

DeleteDeploymentCommand::DeleteDeploymentCommand(project::Project* project, const QString& name, QUndoCommand* parent)
    : ListItemCommand(project,
                      Change::Remove,
                      project->data().deploymentIndex(name),
                      project->data().deployments.value(project->data().deploymentIndex(name)),
                      parent)
{
    setText(Text::tr("Delete deployment %1").arg(name));
}

PlaceDeploymentCommand::PlaceDeploymentCommand(project::Project* project,
                                               const QString& name,
                                               const QList<project::Placement>& placement,
                                               const project::Layout& layout,
                                               QUndoCommand* parent)
    : DeploymentSwapCommand(project, name, parent)
    , m_placement(placement)
    , m_layout(layout)
{
    setText(Text::tr("Place %1").arg(name));
}

void PlaceDeploymentCommand::exchange(project::Deployment& deployment)
{
    std::swap(deployment.placement, m_placement);
    std::swap(deployment.layout, m_layout);
}

MoveDeploymentCommand::MoveDeploymentCommand(project::Project* project,
                                             const QString& name,
                                             const QList<project::Placement>& placement,
                                             const project::Layout& layout,
                                             QUndoCommand* parent)
    : PlaceDeploymentCommand(project, name, placement, layout, parent)
{
    setText(Text::tr("Move %1").arg(name));
}

ResizeDeploymentCommand::ResizeDeploymentCommand(project::Project* project,
                                                 const QString& name,
                                                 const QList<project::Placement>& placement,
                                                 const project::Layout& layout,
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
    : ListItemCommand(project, Change::Insert, int(project->data().models.size()), std::move(model), parent)
{
    setText(Text::tr("Add model %1").arg(title(item())));
}

EditModelCommand::EditModelCommand(project::Project* project,
                                   int index,
                                   project::ModelSource model,
                                   QUndoCommand* parent)
    : ListItemCommand(project, Change::Replace, index, std::move(model), parent)
{
    setText(Text::tr("Edit model %1").arg(title(item())));
}

RemoveModelCommand::RemoveModelCommand(project::Project* project, int index, QUndoCommand* parent)
    : ListItemCommand(project, Change::Remove, index, project->data().models.at(index), parent)
{
    // Highest index first, so the indices each child took stay right while they run.
    const QList<project::Deployment>& deployments = project->data().deployments;
    for (qsizetype i = deployments.size() - 1; i >= 0; --i) {
        if (deployments.at(i).model == item().id)
            new DeleteDeploymentCommand(project, deployments.at(i).name, this);
    }
    const QString name = title(item());
    setText(childCount() > 0 ? Text::tr("Remove model %1 and its %n deployment(s)", nullptr, childCount()).arg(name)
                             : Text::tr("Remove model %1").arg(name));
}

void RemoveModelCommand::redo()
{
    QUndoCommand::redo(); // the deployments first
    ListItemCommand::redo();
}

void RemoveModelCommand::undo()
{
    ListItemCommand::undo();
    QUndoCommand::undo();
}

} // namespace npufleet::ui
