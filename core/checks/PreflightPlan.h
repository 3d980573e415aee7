// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "core/cluster/Node.h"
#include "core/project/ProjectData.h"
#include "core/util/Result.h"

namespace npufleet::checks {

struct PlannedNode
{
    cluster::Node node;
    QList<int> devices; // the NPUs the deployment uses there
    bool head = false;
    QList<int> ports; // TCP ports the deployment will listen on: must be free
    QList<int> swarmPorts; // Swarm's own TCP ports: free, or held by dockerd when the swarm already runs
    QList<int> swarmUdpPorts; // 7946 gossip and 4789 VXLAN: free of other programs
    // How the launch gives this node's containers their NPUs: through the Ascend Docker Runtime (which must be
    // registered, and for Swarm be the default runtime), else as mounted devices.
    bool ascendRuntime = false;
    int swarmNpus = 0; // NPUs the stack reserves here as Swarm generic resources (kind NPU): the node must offer them
    // Where the node keeps its NPU network settings and the Ascend software: the vendor's defaults, which a
    // node with an unusual install (or a test cluster, one folder per node) points elsewhere.
    QString hccnConf = QStringLiteral("/etc/hccn.conf");
    QString ascendRoot = QStringLiteral("/usr/local/Ascend");
};

// What a pre-flight of one deployment checks: its nodes (head first), devices, ports, model and image.
struct PreflightPlan
{
    QString deployment;
    project::Engine engine = project::Engine::VllmAscend;
    QString image;
    QString modelPath;
    QString diskPath; // where the model cache lives: its free space is checked
    double memoryUtilization = 0.9;
    QString shmSize; // the containers' --shm-size as docker takes it ("16g"); empty: no container or unset
    bool multiNode = false;
    bool swarm = false;
    bool containers = false; // the engine runs in containers: Docker's runtimes matter
    bool rankTable = false; // the launch writes an HCCL rank table from the nodes' recorded NPU addresses
    QList<PlannedNode> nodes;

    const PlannedNode* node(const QString& name) const;
};

// Resolves a deployment of the project; the first deployment when name is empty.
Result<PreflightPlan> makePreflightPlan(const project::ProjectData& project, const QString& deploymentName);

} // namespace npufleet::checks
