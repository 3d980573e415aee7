// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/StorageCommands.h"

#include <QCoreApplication>

#include "core/project/Project.h"

namespace npufleet::ui {

SetStorageCommand::SetStorageCommand(project::Project* project, project::SharedStorage storage, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_other(std::move(storage))
{
    setText(m_other.isConfigured()
                ? QCoreApplication::translate("npufleet::ui::StorageCommands", "Set shared storage on %1")
                      .arg(m_other.serverNode)
                : QCoreApplication::translate("npufleet::ui::StorageCommands", "Remove shared storage"));
}

void SetStorageCommand::swap()
{
    project::SharedStorage current = m_project->data().storage;
    m_project->setStorage(m_other);
    m_other = std::move(current);
}

} // namespace npufleet::ui
