// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include "core/cluster/Node.h"
#include "core/project/Deployment.h"
#include "core/project/ModelSource.h"

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

// One item of a project list (nodes, models or deployments) put in at an index, taken out, or
// replaced; undo does the opposite (a replacement swaps the old item back). A negative index
// (nothing found) makes the command do nothing.
template<typename Item>
class ListItemCommand : public QUndoCommand
{
public:
    enum class Change { Insert, Remove, Replace };

    void redo() override { apply(m_redo); }
    void undo() override { apply(m_undo); }

protected:
    ListItemCommand(project::Project* project, Change change, int index, Item item, QUndoCommand* parent)
        : QUndoCommand(parent)
        , m_project(project)
        , m_item(std::move(item))
        , m_index(index)
        , m_redo(change)
        , m_undo(change == Change::Insert       ? Change::Remove
                     : change == Change::Remove ? Change::Insert
                                                : Change::Replace)
    {
    }
    const Item& item() const { return m_item; }

private:
    void apply(Change change);

    project::Project* m_project;
    Item m_item; // the item to put in; after a replacement, the one it replaced
    int m_index;
    Change m_redo;
    Change m_undo;
};

// Defined for these lists only, in ListItemCommand.cpp.
extern template class ListItemCommand<cluster::Node>;
extern template class ListItemCommand<project::ModelSource>;
extern template class ListItemCommand<project::Deployment>;

} // namespace npufleet::ui
