// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <optional>

#include "core/serving/DeploymentEndpoints.h"

namespace npufleet::cli {

// --project P --deployment D: the serving verbs (chat, bench, monitor) reach a deployment of a project
// as the GUI does (serving::deploymentEndpoints): a demo project's through the simulator.
struct EndpointOptions
{
    QCommandLineOption project;
    QCommandLineOption deployment;
};
EndpointOptions addEndpointOptions(QCommandLineParser& parser);

// The deployment's endpoint when --project is given; nothing when it is not (exitCode stays -1). On
// bad usage or input prints why and sets exitCode (2).
std::optional<serving::DeploymentEndpoint>
resolveEndpoint(const QCommandLineParser& parser, const EndpointOptions& options, const QString& verb, int* exitCode);

} // namespace npufleet::cli
