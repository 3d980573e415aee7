// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "core/project/ProjectData.h"
#include "core/util/Result.h"

namespace npufleet::project {

// Reads a project document (YAML, version 1). Errors name file, line, column and what was expected.
// Keys this version does not know are kept in the 'extra' maps and listed in warnings, never dropped.
Result<ProjectData> parseProject(const QByteArray& yaml, const QString& fileName, QStringList* warnings = nullptr);
Result<ProjectData> loadProject(const QString& path, QStringList* warnings = nullptr);

// Writes the document; the same data read back gives the same data.
QByteArray serializeProject(const ProjectData& data);
// Atomic save (QSaveFile): the old file stays intact if anything fails.
Result<void> saveProject(const ProjectData& data, const QString& path);

// Environment variable names whose values are secrets and must only ever be ${VAR} references
// (the rule set of core/util/SecretRules). The reader refuses a literal secret anywhere in the file,
// and saveProject refuses to write one.
bool isSecretName(const QString& name);

} // namespace npufleet::project
