// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/Engine.h"

#include <QCoreApplication>

namespace npufleet::project {

namespace {

using F = ExportFormat;

// The one place engine names are spelled. Images: the versions the recipes are written for
// (vLLM-Ascend's quick start, GPUStack's NPU image, vLLM's own image).
const QList<EngineTraits>& table()
{
    static const QList<EngineTraits> engines {
        {Engine::VllmAscend,
         "vllm-ascend",
         QT_TRANSLATE_NOOP("npufleet::project::Engine", "vLLM-Ascend"),
         Hardware::Ascend,
         true,
         MultiNode::No,
         true,
         "vllm-ascend",
         "quay.io/ascend/vllm-ascend:v0.9.2rc1",
         8000,
         {F::Shell, F::Compose, F::K8s}},
        {Engine::VllmAscendDp,
         "vllm-ascend-dp",
         QT_TRANSLATE_NOOP("npufleet::project::Engine", "vLLM-Ascend, data parallel across nodes"),
         Hardware::Ascend,
         true,
         MultiNode::DataParallel,
         true,
         "vllm-ascend",
         "quay.io/ascend/vllm-ascend:v0.9.2rc1",
         8000,
         {F::Shell, F::Compose, F::Lws}},
        {Engine::VllmAscendRay,
         "vllm-ascend-ray",
         QT_TRANSLATE_NOOP("npufleet::project::Engine", "vLLM-Ascend on a Ray cluster"),
         Hardware::Ascend,
         true,
         MultiNode::Ray,
         true,
         "vllm-ascend",
         "quay.io/ascend/vllm-ascend:v0.9.2rc1",
         8000,
         {F::Shell, F::Compose, F::Ray, F::KubeRay}},
        {Engine::MindIE,
         "mindie",
         QT_TRANSLATE_NOOP("npufleet::project::Engine", "MindIE"),
         Hardware::Ascend,
         true,
         MultiNode::RankTable,
         true,
         nullptr,
         nullptr,
         8000,
         {F::Shell, F::Compose}},
        {Engine::GpuStack,
         "gpustack",
         QT_TRANSLATE_NOOP("npufleet::project::Engine", "GPUStack"),
         Hardware::Any,
         true,
         MultiNode::Cluster,
         false,
         nullptr,
         "gpustack/gpustack:latest-npu",
         8000,
         {F::Shell, F::Compose, F::GpuStack}},
        {Engine::Swarm,
         "swarm",
         QT_TRANSLATE_NOOP("npufleet::project::Engine", "vLLM-Ascend on Docker Swarm"),
         Hardware::Ascend,
         true,
         MultiNode::Cluster,
         true,
         "vllm-ascend",
         "quay.io/ascend/vllm-ascend:v0.9.2rc1",
         8000,
         {F::Shell, F::Stack}},
        {Engine::VllmCuda,
         "vllm-cuda",
         QT_TRANSLATE_NOOP("npufleet::project::Engine", "vLLM on NVIDIA GPUs"),
         Hardware::Nvidia,
         true,
         MultiNode::No,
         true,
         nullptr,
         "vllm/vllm-openai:latest",
         8000,
         {F::Shell, F::Compose}},
    };
    return engines;
}

} // namespace

const QList<Engine>& allEngines()
{
    static const QList<Engine> all = [] {
        QList<Engine> list;
        for (const EngineTraits& t : table())
            list << t.engine;
        return list;
    }();
    return all;
}

const EngineTraits& traits(Engine engine)
{
    return table().at(static_cast<qsizetype>(engine));
}

QString engineKey(Engine engine)
{
    return QLatin1String(traits(engine).key);
}

std::optional<Engine> engineFromKey(const QString& key)
{
    for (const EngineTraits& t : table()) {
        if (key == QLatin1String(t.key))
            return t.engine;
    }
    return std::nullopt;
}

QStringList engineKeys()
{
    QStringList keys;
    for (const EngineTraits& t : table())
        keys << QLatin1String(t.key);
    return keys;
}

QString engineDisplayName(Engine engine)
{
    return QCoreApplication::translate("npufleet::project::Engine", traits(engine).displayName);
}

} // namespace npufleet::project
