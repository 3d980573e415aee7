// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/DeploymentEndpoints.h"

#include <QComboBox>
#include <QSignalBlocker>

#include "core/project/Project.h"
#include "core/serving/DeploymentEndpoints.h"

namespace npufleet::ui {

void onEndpointsChanged(project::Project* project, QObject* context, const std::function<void()>& reload)
{
    if (!project)
        return;
    QObject::connect(project, &project::Project::wasReset, context, reload);
    QObject::connect(project, &project::Project::deploymentsChanged, context, reload);
    QObject::connect(project, &project::Project::nodeChanged, context, reload);
}

void fillDeploymentBox(QComboBox* box, const project::ProjectData* data, const QString& customLabel)
{
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(customLabel);
    if (!data)
        return;
    for (const serving::DeploymentEndpoint& e : serving::deploymentEndpoints(*data)) {
        box->addItem(e.deployment, e.baseUrl);
        box->setItemData(box->count() - 1, e.model, Qt::UserRole + 1);
    }
}

} // namespace npufleet::ui
