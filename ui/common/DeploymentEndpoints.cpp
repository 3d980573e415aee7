// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/DeploymentEndpoints.h"

#include <QComboBox>
#include <QSignalBlocker>

#include "core/project/Project.h"
#include "core/serving/DeploymentEndpoints.h"

#include "ui/common/ProjectSession.h"

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
    const QString previous = box->currentIndex() > 0 ? box->currentText() : QString();
    {
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(customLabel);
        if (!data)
            return;
        for (const serving::DeploymentEndpoint& e : serving::deploymentEndpoints(*data)) {
            box->addItem(e.deployment, e.baseUrl);
            box->setItemData(box->count() - 1, e.model, Qt::UserRole + 1);
            box->setItemData(box->count() - 1, e.baseUrl.toString(), Qt::ToolTipRole);
        }
    }
    // The deployment chosen before stays chosen (its URL may have changed); a demo project starts on
    // its first deployment, whose simulated endpoint answers without a network.
    const int again = previous.isEmpty() ? -1 : box->findText(previous);
    if (again > 0)
        box->setCurrentIndex(again);
    else if (data->demo && box->count() > 1)
        box->setCurrentIndex(1);
}

void followSession(QComboBox* box, project::Project* project)
{
    if (!project)
        return;
    ProjectSession* session = ProjectSession::of(project);
    QObject::connect(box, &QComboBox::activated, session, [box, session](int index) {
        if (index > 0)
            session->setCurrentDeployment(box->itemText(index));
    });
    QObject::connect(session, &ProjectSession::currentDeploymentChanged, box, [box](const QString& name) {
        if (box->currentIndex() <= 0 || !box->isEnabled())
            return; // a custom URL, or a run going on: left as it is
        if (const int i = box->findText(name); i > 0)
            box->setCurrentIndex(i);
    });
}

} // namespace npufleet::ui
