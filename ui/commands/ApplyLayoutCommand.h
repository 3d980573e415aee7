// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

#include "core/project/Deployment.h"

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

// Sets a deployment's TP/PP/DP/EP; undo puts the previous layout back, nothing else changes.
// The deployment is found by name at each step, so reordering deployments in between is harmless.
class ApplyLayoutCommand : public QUndoCommand
{
public:
    ApplyLayoutCommand(project::Project* project,
                       const QString& deployment,
                       const project::ParallelLayout& layout,
                       QUndoCommand* parent = nullptr);
    void redo() override { swap(); }
    void undo() override { swap(); }

private:
    void swap();
    project::Project* m_project;
    QString m_deployment;
    project::ParallelLayout m_other; // the layout to set next: the new one before redo, the old one after
};

} // namespace npufleet::ui
