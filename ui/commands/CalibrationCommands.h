// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include "core/project/Calibration.h"

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

// Stores a speed correction for its chip and engine (replacing the pair's older one); undo puts the
// project's previous corrections back.
class SetSpeedCorrectionCommand : public QUndoCommand
{
public:
    SetSpeedCorrectionCommand(project::Project* project,
                              const project::Calibration& entry,
                              QUndoCommand* parent = nullptr);
    void redo() override { swap(); }
    void undo() override { swap(); }

private:
    void swap();
    project::Project* m_project;
    QList<project::Calibration> m_other;
};

} // namespace npufleet::ui
