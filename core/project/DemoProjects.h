// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "core/project/ProjectData.h"
#include "core/util/Result.h"

namespace npufleet::project {

// The bundled demo projects: "atlas-lab", "deepseek-2node" and the simulated fleets "fleet-64", "fleet-256".
QStringList demoNames();
Result<ProjectData> loadDemo(const QString& name);

// Opens "demo:NAME" or a project file path: what every --project option accepts.
Result<ProjectData> openProjectSpec(const QString& spec, QStringList* warnings = nullptr);

// Where the simulator finds a demo node's recorded outputs (Qt resource folder).
QString demoSimulationFolder();
// The recordings in that folder, by file name: all that a node's 'simulation' key may name.
QStringList demoSimulationFiles();

} // namespace npufleet::project
