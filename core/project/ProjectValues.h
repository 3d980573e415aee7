// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

#include "core/project/ProjectData.h"
#include "core/util/Result.h"

namespace npufleet::project {

// Which project field goes through which kind of the value gate (core/util/ValueGate.h). The reader checks
// a whole document as it loads it; pre-flight, the NFS plan, the recipes and the exporters check the parts
// they use, since the GUI edits documents without reading them again.

struct BadValue
{
    QString path; // where in the project file: deployments[2].serving.extra_args[0]
    Error error;
};

// The first value of the document that the gate refuses, if any.
std::optional<BadValue> findBadValue(const ProjectData& project);

Result<void> checkNodeValues(const cluster::Node& node);
Result<void> checkModelValues(const ModelSource& model);
Result<void> checkDeploymentValues(const Deployment& deployment);
Result<void> checkStorageValues(const SharedStorage& storage);
// A deployment with its model and the nodes it is placed on: what a recipe, a pre-flight or an export uses.
Result<void> checkDeploymentInputs(const ProjectData& project, const QString& deploymentName);

} // namespace npufleet::project
