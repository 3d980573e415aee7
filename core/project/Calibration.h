// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

#include "core/project/Engine.h"

namespace npufleet::project {

// A speed correction measured on one's own hardware: a benchmark's output tokens/s over the planner's
// prediction for the same layout and workload. Kept per chip and engine; later predictions for that pair
// are scaled by it (docs/planner.md, "Calibration").
struct Calibration
{
    QString chip; // a ChipSpecs key (910B3, A3, H100, …)
    Engine engine = Engine::VllmAscend;
    double speedCorrection = 1.0; // measured / predicted output tokens/s
    QString measuredFrom; // the result it came from: its file name or run label
    QString deployment; // the deployment that was measured
    QString date; // yyyy-MM-dd
    QVariantMap extra; // unknown keys, kept

    friend bool operator==(const Calibration&, const Calibration&) = default;
};

} // namespace npufleet::project
