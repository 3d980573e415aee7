// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

class QComboBox;
class QObject;

namespace npufleet::project {
class Project;
struct ProjectData;
} // namespace npufleet::project

namespace npufleet::ui {

// Calls reload whenever the project's serving endpoints may have changed: another project opened, a
// deployment edited, a node's address changed.
void onEndpointsChanged(project::Project* project, QObject* context, const std::function<void()>& reload);

// "Custom URL" (customLabel) first, then one item per deployment: data is its base URL, UserRole + 1 its
// served model. Emits no signals while it fills; then chooses the deployment chosen before, or in a demo
// project the first deployment (its sim:// endpoint), emitting currentIndexChanged.
void fillDeploymentBox(QComboBox* box, const project::ProjectData* data, const QString& customLabel);

// Binds a box filled by fillDeploymentBox to the project's session: choosing a deployment here chooses it
// in every panel, and the box follows the session's choice unless the user picked a custom URL.
void followSession(QComboBox* box, project::Project* project);

} // namespace npufleet::ui
