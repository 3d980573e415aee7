// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/NodeCommands.h"

#include <QCoreApplication>

#include "core/project/Project.h"

namespace npufleet::ui {

AddNodeCommand::AddNodeCommand(project::Project* project, cluster::Node node, QUndoCommand* parent)
    : ListItemCommand(project, Change::Insert, int(project->data().nodes.size()), std::move(node), parent)
{
    setText(QCoreApplication::translate("npufleet::ui::NodeCommands", "Add node %1").arg(item().name));
}

RemoveNodeCommand::RemoveNodeCommand(project::Project* project, int index, QUndoCommand* parent)
    : ListItemCommand(project, Change::Remove, index, project->data().nodes.at(index), parent)
{
    setText(QCoreApplication::translate("npufleet::ui::NodeCommands", "Remove node %1").arg(item().name));
}

EditNodeCommand::EditNodeCommand(project::Project* project, int index, cluster::Node node, QUndoCommand* parent)
    : ListItemCommand(project, Change::Replace, index, std::move(node), parent)
{
    setText(QCoreApplication::translate("npufleet::ui::NodeCommands", "Edit node %1").arg(item().name));
}

} // namespace npufleet::ui
