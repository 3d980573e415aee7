// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include "core/project/SharedStorage.h"

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

// Records the project's shared storage (what recipes use as the model folder); undo puts the old
// record back. An empty record (no server) says the project has no shared storage.
class SetStorageCommand : public QUndoCommand
{
public:
    SetStorageCommand(project::Project* project, project::SharedStorage storage, QUndoCommand* parent = nullptr);
    void redo() override { swap(); }
    void undo() override { swap(); }

private:
    void swap();
    project::Project* m_project;
    project::SharedStorage m_other;
};

} // namespace npufleet::ui
