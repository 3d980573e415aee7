// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "core/project/ProjectData.h"
#include "core/util/Result.h"

namespace npufleet::storage {

// What `npufleet export --format nfs` calls: writes the project's storage setup as scripts into
// OUTDIR/nfs/ (server, one per client, their undo scripts) and returns the absolute paths written.
Result<QStringList> exportNfsScripts(const project::ProjectData& project, const QString& outDir);

} // namespace npufleet::storage
