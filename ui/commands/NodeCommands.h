// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include "core/cluster/Node.h"

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

class AddNodeCommand : public QUndoCommand
{
public:
    AddNodeCommand(project::Project* project, cluster::Node node, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    project::Project* m_project;
    cluster::Node m_node;
    int m_index;
};

class RemoveNodeCommand : public QUndoCommand
{
public:
    RemoveNodeCommand(project::Project* project, int index, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    project::Project* m_project;
    cluster::Node m_node;
    int m_index;
};

// Replaces a node's settings; undo swaps the old ones back (Tiled's ChangeValue shape).
class EditNodeCommand : public QUndoCommand
{
public:
    EditNodeCommand(project::Project* project, int index, cluster::Node node, QUndoCommand* parent = nullptr);
    void redo() override { swap(); }
    void undo() override { swap(); }

private:
    void swap();
    project::Project* m_project;
    int m_index;
    cluster::Node m_other;
};

} // namespace npufleet::ui
