// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/CalibrationCommands.h"

#include <QCoreApplication>

#include "core/planning/Calibrate.h"
#include "core/project/Project.h"

namespace npufleet::ui {

SetSpeedCorrectionCommand::SetSpeedCorrectionCommand(project::Project* project,
                                                     const project::Calibration& entry,
                                                     QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_other(planning::Calibrator::with(project->data().calibrations, entry))
{
    setText(QCoreApplication::translate("npufleet::ui::CalibrationCommands", "Use speed correction %1 for %2 with %3")
                .arg(QString::number(entry.speedCorrection, 'f', 2), entry.chip, project::engineKey(entry.engine)));
}

void SetSpeedCorrectionCommand::swap()
{
    QList<project::Calibration> current = m_project->data().calibrations;
    m_project->setCalibrations(m_other);
    m_other = std::move(current);
}

} // namespace npufleet::ui
