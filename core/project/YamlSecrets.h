// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <optional>

#include <yaml-cpp/yaml.h>

#include "core/project/Deployment.h"
#include "core/util/SecretRules.h"

namespace npufleet::project {

struct ProjectData;

struct YamlSecret
{
    secrets::Finding finding;
    YAML::Mark mark;
};

// Walks a whole document with the secret rules (core/util/SecretRules): every key with its value,
// every list as engine arguments, every JSON-valued string as JSON, every other value by its
// shape. Returns the first secret written as a literal, where it is.
std::optional<YamlSecret> findSecretInYaml(const YAML::Node& root);

// The same walk over one deployment as it would be saved (for exporters and the editor, whose data
// may not have come through the reader).
std::optional<secrets::Finding> findSecretInDeployment(const Deployment& deployment);

// The project as it would be saved, with every literal secret the rules find replaced by ${REDACTED}: for
// a problem report, which must be safe to attach anywhere.
QByteArray redactedProjectYaml(const ProjectData& data);

} // namespace npufleet::project
