// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/ProjectData.h"

namespace npufleet::test {

// A demo project as the GUI holds it after its first inventory: every node's recorded npu-smi (the node's
// `simulation` file, as the simulator replays it with seed 0) parsed into its live accelerators.
project::ProjectData withRecordedInventory(project::ProjectData data);

// The bundled demo with its recorded inventory; empty when the demo does not load.
project::ProjectData demoWithInventory(const QString& demo);

} // namespace npufleet::test
