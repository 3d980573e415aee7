// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace npufleet::ui {

// "system" (the desktop's style and colours), "light" or "dark" (Fusion with a fixed palette): applied to the
// whole application at once, as Preferences › Theme says.
void applyTheme(const QString& theme);

} // namespace npufleet::ui
