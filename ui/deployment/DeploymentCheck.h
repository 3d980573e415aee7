// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/project/ProjectData.h"

namespace npufleet::ui {

// One thing wrong with a deployment being edited, said next to the field to change.
struct FieldProblem
{
    // "name", "model", "engine", "image", "layout", "placement", "port", "serving", "environment"
    QString field;
    QString message;
    QString hint;
    bool error = true; // false: a warning, the deployment can still be saved and launched
};

// A change that makes the deployment valid again, offered as a button.
struct DeploymentFix
{
    QString label;
    project::Deployment result;
};

// The one place the wizard and the properties editor ask the deployment rules (core/deployment/Rules, with the
// model read: memory, heads, TP groups), the value gate and secret rules, and the engine's recipe (what the
// engine and image accept). `replacing`: the name the deployment had in the project (empty:
// a new one). Renames of those core functions are a one-line change here.
class DeploymentCheck
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::ui::DeploymentCheck)

public:
    static QList<FieldProblem>
    check(const project::ProjectData& project, const project::Deployment& deployment, const QString& replacing = {});
    // The project with the deployment put in (replacing that name, or added).
    static project::ProjectData
    with(const project::ProjectData& project, const project::Deployment& deployment, const QString& replacing);
    // Engines the placed nodes' hardware and the model allow; *why (per engine) says why one is not.
    static QList<project::Engine>
    enginesFor(const project::ProjectData& project, const project::Deployment& deployment, QStringList* why = nullptr);
    // A layout (same NPUs) or else an engine that clears every error, when one does.
    static std::optional<DeploymentFix>
    suggestFix(const project::ProjectData& project, const project::Deployment& deployment, const QString& replacing);
    static bool hasError(const QList<FieldProblem>& problems, const QStringList& fields = {});
    // The problems of these fields as rich text, errors first; empty when none.
    static QString describe(const QList<FieldProblem>& problems, const QStringList& fields);
};

} // namespace npufleet::ui
