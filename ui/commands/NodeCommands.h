// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cluster/Node.h"

#include "ui/commands/ListItemCommand.h"

namespace npufleet::ui {

class AddNodeCommand : public ListItemCommand<cluster::Node>
{
public:
    AddNodeCommand(project::Project* project, cluster::Node node, QUndoCommand* parent = nullptr);
};

class RemoveNodeCommand : public ListItemCommand<cluster::Node>
{
public:
    RemoveNodeCommand(project::Project* project, int index, QUndoCommand* parent = nullptr);
};

// Replaces a node's settings; undo swaps the old ones back (Tiled's ChangeValue shape).
class EditNodeCommand : public ListItemCommand<cluster::Node>
{
public:
    EditNodeCommand(project::Project* project, int index, cluster::Node node, QUndoCommand* parent = nullptr);
};

} // namespace npufleet::ui
