// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/ProjectData.h"

class QComboBox;

namespace npufleet::ui {

// Fills box with every engine, the deployment's selected; the ones the hardware or the model do not allow
// are greyed out with the reason as tooltip (DeploymentCheck::enginesFor). Emits no signal.
void fillEngineBox(QComboBox* box, const project::ProjectData& project, const project::Deployment& deployment);
project::Engine engineIn(const QComboBox* box);
// Sets the engine; the image goes with it when it was the old engine's default and the family changes.
void switchEngine(project::Deployment& deployment, project::Engine engine);

} // namespace npufleet::ui
