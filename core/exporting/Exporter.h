// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/project/ExportFormat.h"
#include "core/project/ProjectData.h"
#include "core/recipes/LaunchPlan.h"
#include "core/recipes/RecipeContext.h"
#include "core/util/Result.h"

namespace npufleet::exporting {

using project::ExportFormat;

struct ExportedFile
{
    QString name; // relative to the deployment's export folder
    QByteArray content;
    bool executable = false;
};

// The files of one launch plan in one format, in memory. Fails when the format does not fit the
// engine (a stack for a non-Swarm deployment, Ray scripts for a non-Ray one).
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::exporting::Exporter)

public:
    static Result<QList<ExportedFile>> render(const recipes::LaunchPlan& plan, ExportFormat format);
    // Writes files under `folder` (created if needed), atomically each; returns the absolute paths.
    static Result<QStringList> write(const QList<ExportedFile>& files, const QString& folder);
};

// What `npufleet export` calls: plan the deployment, render the format, write the files into
// OUTDIR/<deployment name>/. Returns the written paths, or why the deployment cannot be exported.
Result<QStringList> exportDeployment(const project::ProjectData& project,
                                     const QString& deploymentName,
                                     ExportFormat format,
                                     const QString& outDir,
                                     const recipes::RecipeOptions& options = {});

} // namespace npufleet::exporting
