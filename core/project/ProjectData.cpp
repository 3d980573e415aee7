// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/ProjectData.h"

namespace npufleet::project {

int ProjectData::nodeIndex(const QString& nodeName) const
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).name == nodeName)
            return i;
    }
    return -1;
}

int ProjectData::deploymentIndex(const QString& deploymentName) const
{
    for (int i = 0; i < deployments.size(); ++i) {
        if (deployments.at(i).name == deploymentName)
            return i;
    }
    return -1;
}

const ModelSource* ProjectData::model(const QString& id) const
{
    for (const ModelSource& m : models) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const cluster::Node* ProjectData::node(const QString& nodeName) const
{
    const int i = nodeIndex(nodeName);
    return i < 0 ? nullptr : &nodes.at(i);
}

int ProjectData::servingPlacement(const Deployment& deployment) const
{
    for (int i = 0; i < deployment.placement.size(); ++i) {
        const cluster::Node* n = node(deployment.placement.at(i).node);
        if (n && n->role == cluster::NodeRole::Head)
            return i;
    }
    return deployment.placement.isEmpty() ? -1 : 0;
}

} // namespace npufleet::project
