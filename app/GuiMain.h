// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace npufleet {

// Starts the GUI on a project file, or on the bundled demo project when projectPath is empty.
int runGui(int argc, char** argv, const QString& projectPath);

} // namespace npufleet
