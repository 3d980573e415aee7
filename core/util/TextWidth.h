// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace npufleet::util {

// Columns a terminal gives the text: CJK and full-width characters take two, combining marks none.
// Tables pad by this, not by QString::size(), so that Chinese headers stay aligned.
int displayWidth(const QString& text);

// The text padded with spaces to width columns, on the right (left-aligned) or on the left.
QString padToWidth(const QString& text, int width, bool alignLeft);

} // namespace npufleet::util
