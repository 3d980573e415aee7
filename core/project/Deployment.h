// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include "core/project/Engine.h"
#include "core/project/Layout.h"

namespace npufleet::project {

// Which devices of which node a deployment runs on.
struct Placement
{
    QString node;
    QList<int> devices;
    friend bool operator==(const Placement&, const Placement&) = default;
};

struct ServingOptions
{
    int port = 8000;
    int maxModelLen = 0; // 0: the engine's default (the model's context length)
    double gpuMemoryUtilization = 0.9;
    int maxNumSeqs = 0; // 0: engine default
    QString servedModelName;
    QString additionalConfig; // vLLM-Ascend --additional-config JSON text
    QStringList extraArgs; // passed to the engine as they are (quoted)
    QVariantMap extra; // keys this version does not know, kept
    friend bool operator==(const ServingOptions&, const ServingOptions&) = default;
};

using EnvironmentList = QList<QPair<QString, QString>>; // ordered: the order is kept in exports

struct Deployment
{
    QString name;
    QString model; // ModelSource::id
    Engine engine = Engine::VllmAscend;
    QString image;
    QList<Placement> placement;
    Layout layout;
    QVariantMap parallelExtra; // unknown keys under 'parallel', kept (Layout stays four numbers)
    ServingOptions serving;
    EnvironmentList environment;
    QVariantMap extra;
    friend bool operator==(const Deployment&, const Deployment&) = default;

    int placedDevices() const;
    // The name in a form a container, a file or a stack accepts: [A-Za-z0-9_.-], starting with a letter or digit.
    QString slug() const;
    // "npufleet-SLUG", or "npufleet-SLUG-ROLE" (ray, server, worker): the containers its launch starts.
    QString containerName(const QString& role = {}) const;
    // Whether a container `docker ps` lists is one of this deployment's: its own name, a role's, or a task of
    // its Swarm stack ("npufleet-SLUG_service.1.id").
    bool ownsContainer(const QString& container) const;
};

// The running containers (as `docker ps` names them) that belong to the deployment of that name.
QStringList containersOf(const QString& deploymentName, const QStringList& running);

} // namespace npufleet::project
