// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core's project reader and writer: yaml-cpp stays a private dependency.
#include <QList>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include "core/project/Calibration.h"
#include "core/util/Result.h"

namespace npufleet::project {

// The project's 'calibration' list: one mapping per chip and engine,
//   - {chip: 910B3, engine: vllm-ascend, speed_correction: 0.62, measured_from: run.json, date: 2026-12-03}
// Errors name file, line and column; unknown keys of an entry are kept and listed in warnings.
Result<QList<Calibration>> readCalibrations(const YAML::Node& list, const QString& file, QStringList* warnings);
void emitCalibrations(YAML::Emitter& out, const QList<Calibration>& calibrations);

} // namespace npufleet::project
