// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core's .cpp files: yaml-cpp stays a private dependency.
#include <QVariant>

#include <yaml-cpp/yaml.h>

namespace npufleet::project {

// Unknown keys travel through the program as QVariant (maps, lists, strings) and back.
QVariant yamlToVariant(const YAML::Node& node);
void emitVariant(YAML::Emitter& out, const QVariant& value);

} // namespace npufleet::project
