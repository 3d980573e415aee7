// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/project/ProjectData.h"
#include "core/recipes/RecipeContext.h"

namespace npufleet::recipes {

// Recipe options filled from what this machine knows about the deployment's model: its config.json
// when the model folder is readable here, else the built-in catalog (by catalog name, hub id, name).
// Fields stay at their "unknown" defaults when the model cannot be resolved; that is not an error,
// since the model files usually live on the cluster only.
RecipeOptions recipeOptionsFromModel(const project::ProjectData& project, const QString& deploymentName);

} // namespace npufleet::recipes
