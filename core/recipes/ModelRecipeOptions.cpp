// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recipes/ModelRecipeOptions.h"

#include <QDir>
#include <QFileInfo>
#include <optional>

#include "core/model/ConfigReader.h"
#include "core/model/ModelCatalog.h"

namespace npufleet::recipes {

namespace {
std::optional<model::ModelSpec> resolve(const project::ModelSource& source)
{
    // Only config.json is read: scanning weight files is not needed for the head count.
    if (!source.path.isEmpty()) {
        const QString config = QDir(source.path).filePath(QStringLiteral("config.json"));
        if (QFileInfo(config).isFile()) {
            if (Result<model::ModelSpec> spec = model::ConfigReader::readFile(config))
                return *spec;
        }
    }
    for (const QString& key : {source.catalog, source.hubId, source.name}) {
        if (key.isEmpty())
            continue;
        if (const std::optional<model::CatalogEntry> entry = model::ModelCatalog::find(key)) {
            if (Result<model::ModelSpec> spec = model::ModelCatalog::load(*entry))
                return *spec;
        }
    }
    return std::nullopt;
}
} // namespace

RecipeOptions recipeOptionsFromModel(const project::ProjectData& project, const QString& deploymentName)
{
    RecipeOptions options;
    const int index = project.deploymentIndex(deploymentName);
    if (index < 0)
        return options;
    const project::ModelSource* source = project.model(project.deployments.at(index).model);
    if (!source)
        return options;
    if (const std::optional<model::ModelSpec> spec = resolve(*source))
        options.attentionHeads = spec->numHeads;
    return options;
}

} // namespace npufleet::recipes
