// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

#include "core/planning/PlacementEvaluator.h"

namespace npufleet::ui::board {

// The board's colours besides the deployments' own, shared by the tiles and the overview.
inline const QColor kOverhead(0xa8, 0xae, 0xb6);
inline const QColor kFreeBar(0xe8, 0xeb, 0xef);
inline const QColor kHeld(0x6b, 0x72, 0x7c); // HBM other processes hold
inline const QColor kError(0xd3, 0x2f, 0x2f);
inline const QColor kWarning(0xe0, 0x9a, 0x00);
inline const QColor kFitGreen(0x2e, 0x9d, 0x46);

inline QColor fitColor(planning::Fit fit)
{
    switch (fit) {
    case planning::Fit::Fits:
        return kFitGreen;
    case planning::Fit::Tight:
        return kWarning;
    case planning::Fit::NoFit:
        return kError;
    }
    return kError;
}

} // namespace npufleet::ui::board
