// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

#include "core/cluster/Node.h"
#include "core/project/Calibration.h"
#include "core/project/Deployment.h"
#include "core/project/ModelSource.h"
#include "core/project/SharedStorage.h"

namespace npufleet::project {

// The whole project document as plain values: what is saved to and read from YAML.
struct ProjectData
{
    static constexpr int kVersion = 1;

    QString name;
    QString description;
    bool demo = false; // demo projects run every remote step on the simulator, never on the network
    QString clusterName;
    QVariantMap clusterExtra; // unknown keys under 'cluster', kept
    QList<cluster::Node> nodes;
    QList<ModelSource> models;
    QList<Deployment> deployments;
    SharedStorage storage;
    QList<Calibration> calibrations; // speed corrections per chip and engine, from benchmarks
    QVariantMap extra; // unknown top-level keys, kept

    int nodeIndex(const QString& name) const;
    int deploymentIndex(const QString& name) const;
    const ModelSource* model(const QString& id) const;
    const cluster::Node* node(const QString& name) const;
    // Where the deployment's API server runs: its placement on a head node, else its first placement.
    // The recipes start the server there and every client (Playground, Benchmark, Monitor) asks there.
    int servingPlacement(const Deployment& deployment) const; // -1 without placements
};

} // namespace npufleet::project
