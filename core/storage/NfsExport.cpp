// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/NfsExport.h"

#include <QDir>

#include "core/exporting/Exporter.h"
#include "core/storage/NfsPlan.h"
#include "core/storage/NfsScripts.h"

namespace npufleet::storage {

Result<QStringList> exportNfsScripts(const project::ProjectData& project, const QString& outDir)
{
    const Result<NfsPlan> plan = NfsPlanner::plan(project);
    if (!plan)
        return plan.error();
    QList<exporting::ExportedFile> files;
    for (const NfsScript& s : NfsScripts::render(*plan))
        files << exporting::ExportedFile {s.name, s.content, true};
    return exporting::Exporter::write(files, QDir(outDir).absoluteFilePath(QStringLiteral("nfs")));
}

} // namespace npufleet::storage
