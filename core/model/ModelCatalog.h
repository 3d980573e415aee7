// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/model/ModelSpec.h"
#include "core/util/Result.h"

namespace npufleet::model {

// One model of the built-in catalog (resources/catalog/index.json).
struct CatalogEntry
{
    QString name; // Qwen3-32B
    QString hubId; // Qwen/Qwen3-32B
    QString config; // resource path of its config.json copy
    QString quant; // set when the published checkpoint is quantized without saying so in config.json
    QStringList aliases;
};

// The configs of well-known models, so that plans work without downloading anything.
class ModelCatalog
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::model::ModelCatalog)

public:
    static QList<CatalogEntry> entries();
    // By name, alias or hub id, case-insensitive ("qwen3-32b", "Qwen/Qwen3-32B").
    static std::optional<CatalogEntry> find(const QString& nameOrHubId);
    static Result<ModelSpec> load(const CatalogEntry& entry);
    static QStringList names();
};

} // namespace npufleet::model
