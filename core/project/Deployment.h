// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace npufleet::project {

// Which devices of which node a deployment runs on.
struct Placement
{
    QString node;
    QList<int> devices;
    friend bool operator==(const Placement&, const Placement&) = default;
};

struct ParallelLayout
{
    int tensor = 1;
    int pipeline = 1;
    int data = 1;
    bool expert = false;
    int devices() const { return tensor * pipeline * data; }
    friend bool operator==(const ParallelLayout&, const ParallelLayout&) = default;
};

struct ServingOptions
{
    int port = 8000;
    int maxModelLen = 0;               // 0: the engine's default (the model's context length)
    double gpuMemoryUtilization = 0.9;
    int maxNumSeqs = 0;                // 0: engine default
    QString servedModelName;
    QString additionalConfig;          // vLLM-Ascend --additional-config JSON text
    QStringList extraArgs;             // passed to the engine as they are (quoted)
    friend bool operator==(const ServingOptions&, const ServingOptions&) = default;
};

using EnvironmentList = QList<QPair<QString, QString>>; // ordered: the order is kept in exports

struct Deployment
{
    QString name;
    QString model;  // ModelSource::id
    QString engine; // vllm-ascend, vllm-ascend-dp, vllm-ascend-ray, mindie, gpustack, swarm, vllm-cuda
    QString image;
    QList<Placement> placement;
    ParallelLayout layout;
    ServingOptions serving;
    EnvironmentList environment;
    QVariantMap extra;
    friend bool operator==(const Deployment&, const Deployment&) = default;

    int placedDevices() const;
};

} // namespace npufleet::project
