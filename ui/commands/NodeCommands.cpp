// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/NodeCommands.h"

#include <QCoreApplication>

#include "core/project/Project.h"

namespace npufleet::ui {

AddNodeCommand::AddNodeCommand(project::Project* project, cluster::Node node, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_node(std::move(node))
    , m_index(int(project->data().nodes.size()))
{
    setText(QCoreApplication::translate("npufleet::ui::NodeCommands", "Add node %1").arg(m_node.name));
}

void AddNodeCommand::redo()
{
    m_project->insertNode(m_index, m_node);
}

void AddNodeCommand::undo()
{
    m_project->removeNode(m_index);
}

RemoveNodeCommand::RemoveNodeCommand(project::Project* project, int index, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_node(project->data().nodes.at(index))
    , m_index(index)
{
    setText(QCoreApplication::translate("npufleet::ui::NodeCommands", "Remove node %1").arg(m_node.name));
}

void RemoveNodeCommand::redo()
{
    m_project->removeNode(m_index);
}

void RemoveNodeCommand::undo()
{
    m_project->insertNode(m_index, m_node);
}

EditNodeCommand::EditNodeCommand(project::Project* project, int index, cluster::Node node, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_index(index)
    , m_other(std::move(node))
{
    setText(QCoreApplication::translate("npufleet::ui::NodeCommands", "Edit node %1").arg(m_other.name));
}

void EditNodeCommand::swap()
{
    cluster::Node current = m_project->data().nodes.at(m_index);
    m_project->setNode(m_index, m_other);
    m_other = std::move(current);
}

} // namespace npufleet::ui
