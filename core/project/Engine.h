// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/project/ExportFormat.h"

namespace npufleet::project {

// The serving engines a deployment can use. Only Engine.cpp (the traits table) and the project
// reader/writer (through engineKey/engineFromKey) spell their names.
enum class Engine { VllmAscend, VllmAscendDp, VllmAscendRay, MindIE, GpuStack, Swarm, VllmCuda };

// How an engine spans nodes (RankTable: HCCL's rank table names every node's NPUs, as MindIE needs).
enum class MultiNode { No, DataParallel, Ray, Cluster, RankTable };

// Which accelerators an engine serves on.
enum class Hardware { Ascend, Nvidia, Any };

// Everything the rest of NPU Fleet needs to know about an engine, said once.
struct EngineTraits
{
    Engine engine;
    const char* key; // the name in project files
    const char* displayName; // untranslated; engineDisplayName() translates
    Hardware hardware;
    bool container; // runs in containers (docker run / compose / stack)
    MultiNode multiNode;
    bool needsModelPath; // false: the engine downloads the model itself
    const char* capabilities; // resources/engines/<x>.json with its version table, or nullptr
    const char* defaultImage; // used when the deployment names none; nullptr: one is required
    int defaultPort;
    QList<ExportFormat> formats; // what `export --format` can make for it (All excluded)
};

const QList<Engine>& allEngines();
const EngineTraits& traits(Engine engine);
QString engineKey(Engine engine);
std::optional<Engine> engineFromKey(const QString& key);
QStringList engineKeys();
QString engineDisplayName(Engine engine);

inline bool isAscend(Engine engine)
{
    return traits(engine).hardware == Hardware::Ascend;
}
inline bool exportsTo(Engine engine, ExportFormat format)
{
    return format == ExportFormat::All || traits(engine).formats.contains(format);
}

} // namespace npufleet::project

Q_DECLARE_METATYPE(npufleet::project::Engine)
