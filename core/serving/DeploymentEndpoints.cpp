// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/serving/DeploymentEndpoints.h"

#include "core/project/ProjectData.h"
#include "core/sim/SimulatedNetwork.h"

namespace npufleet::serving {

QList<DeploymentEndpoint> deploymentEndpoints(const project::ProjectData& data)
{
    QList<DeploymentEndpoint> out;
    for (const project::Deployment& d : data.deployments) {
        const int serving = data.servingPlacement(d);
        if (serving < 0)
            continue;
        const QString nodeName = d.placement.at(serving).node;
        const cluster::Node* node = data.node(nodeName);
        if (!node || node->host.isEmpty())
            continue;
        DeploymentEndpoint e;
        e.deployment = d.name;
        e.node = nodeName;
        if (data.demo) {
            // A demo's addresses belong to a real lab: its deployments answer from the simulator.
            e.baseUrl = sim::SimulatedNetwork::instance().serve(data, d);
        } else {
            QUrl url;
            url.setScheme(QStringLiteral("http"));
            url.setHost(node->host);
            url.setPort(d.serving.port);
            url.setPath(QStringLiteral("/v1"));
            e.baseUrl = url;
        }
        e.model = d.serving.servedModelName;
        // The recipes serve under the model's display name when no served name is set.
        if (e.model.isEmpty())
            if (const project::ModelSource* m = data.model(d.model))
                e.model = m->name;
        out.append(e);
    }
    return out;
}

} // namespace npufleet::serving
