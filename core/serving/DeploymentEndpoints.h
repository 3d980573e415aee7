// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace npufleet::project {
struct ProjectData;
}

namespace npufleet::serving {

// Where a deployment of the project answers: the OpenAI base URL on its serving node.
struct DeploymentEndpoint
{
    QString deployment;
    QString node;
    QUrl baseUrl; // http://<host>:<port>/v1; sim://<node>:<port>/v1 in a demo project (the simulator)
    QString model; // the name the recipes serve it under
};

// The deployments' endpoints, as the GUI and the CLI resolve them. A demo project's deployments are
// served by the in-process simulator (and registered with it here): their URLs are sim:// ones.
QList<DeploymentEndpoint> deploymentEndpoints(const project::ProjectData& data);

} // namespace npufleet::serving
