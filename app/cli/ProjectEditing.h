// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

#include "core/project/ProjectData.h"

// What the project-editing verbs (project, node, deployment) share: open a project file for editing, check a
// deployment with the deployment rules, and save atomically.
namespace npufleet::cli::editing {

// The project file to edit; prints the error and returns nothing on bad input (demos are read-only).
std::optional<project::ProjectData> openForEditing(const QString& verb, const QString& path);
// Saves atomically; prints the error and returns false when it fails.
bool save(const QString& verb, const project::ProjectData& data, const QString& path);
// Prints every broken deployment rule as "rule (field): message"; true when none is broken.
bool rulesHold(const QString& verb, const project::ProjectData& data, const project::Deployment& deployment);
// An integer option in [min, max]; prints the usage error and returns false when it is not one.
bool readInt(const QString& verb, const QString& option, const QString& text, int min, int max, int* value);
// A name for a node, model or deployment: it becomes file and container names, so it is kept simple.
bool validName(const QString& verb, const QString& what, const QString& name);

} // namespace npufleet::cli::editing
