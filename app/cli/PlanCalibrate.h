// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>

namespace npufleet::cli {

// plan --calibrate RESULT.json --project P.yaml [--deployment D] [--format json]: the run's measured
// speed beside the prediction for the deployment's layout at the run's workload, and the correction
// stored in the project for its chip and engine. Returns the exit code.
int runPlanCalibrate(const QCommandLineParser& parser, const QString& verb);

} // namespace npufleet::cli
