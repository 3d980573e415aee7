// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

#include "core/project/ProjectData.h"
#include "core/recipes/EngineVersion.h"
#include "core/util/Result.h"

namespace npufleet::recipes {

struct RecipeOptions
{
    // Attention heads of the model (from its config.json) when known: TP must divide them. 0 = unknown.
    int attentionHeads = 0;
    // Kubernetes exports: the device plugin's NPU resource, and a PersistentVolumeClaim that holds the model
    // (empty: the project's NFS share when the model is on it, else a hostPath).
    QString npuResource = QStringLiteral("huawei.com/Ascend910");
    QString modelClaim {};
};

struct PlacedNode
{
    cluster::Node node;
    QList<int> devices;
};

// A deployment checked against its project: nodes resolved, head first, model found.
struct RecipeContext
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::recipes::RecipeContext)

public:
    project::Deployment deployment;
    project::ModelSource model;
    QList<PlacedNode> placed; // head first, then in placement order
    std::optional<EngineVersion> version;
    RecipeOptions options;
    project::SharedStorage storage; // the project's shared model folder (NFS)
    QString storageServerAddress; // the NFS server's cluster address, when storage is configured

    // Resolves and validates: placement, devices, layout, NICs, model. Errors name the deployment.
    static Result<RecipeContext>
    resolve(const project::ProjectData& project, const QString& deploymentName, const RecipeOptions& options = {});

    const PlacedNode& head() const { return placed.first(); }
    bool multiNode() const { return placed.size() > 1; }
    // A short safe name for containers and files: letters, digits, '-', '_', '.'.
    QString slug() const;
    QString containerName(const QString& role = {}) const;
    // An error about this deployment, optionally about one node.
    Error error(const QString& problem, const QString& node = {}, const QString& hint = {}) const;
    QVariant extra(const char* key, const QVariant& fallback = {}) const;
};

} // namespace npufleet::recipes
