// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/DeploymentChooser.h"

#include <QEvent>
#include <QSignalBlocker>

#include "core/project/Project.h"

#include "ui/common/ProjectSession.h"

namespace npufleet::ui {

DeploymentChooser::DeploymentChooser(project::Project* project, QWidget* parent)
    : QComboBox(parent)
    , m_session(ProjectSession::of(project))
    , m_project(project)
{
    setMinimumContentsLength(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(project, &project::Project::wasReset, this, &DeploymentChooser::refill);
    connect(project, &project::Project::deploymentsChanged, this, &DeploymentChooser::refill);
    // The session connected to the project first, so it has picked its current one when these run.
    // A disabled chooser (its panel is running something) keeps showing what runs until it is enabled.
    connect(m_session, &ProjectSession::currentDeploymentChanged, this, [this] {
        if (isEnabled())
            follow();
    });
    connect(this, &QComboBox::activated, this,
            [this](int index) { m_session->setCurrentDeployment(itemData(index).toString()); });
    refill();
}

void DeploymentChooser::follow()
{
    if (const int i = findData(m_session->currentDeployment()); i != currentIndex())
        setCurrentIndex(i);
}

void DeploymentChooser::changeEvent(QEvent* event)
{
    QComboBox::changeEvent(event);
    if (event->type() == QEvent::EnabledChange && isEnabled())
        follow();
}

void DeploymentChooser::refill()
{
    const QString current = m_session->currentDeployment();
    {
        // Filling fires currentIndexChanged for every item; only the final choice should.
        const QSignalBlocker blocker(this);
        clear();
        for (const auto& d : m_project->data().deployments) {
            addItem(d.name, d.name);
            setItemData(count() - 1, d.name, Qt::ToolTipRole); // long names elide
        }
        setCurrentIndex(-1);
    }
    setCurrentIndex(findData(current));
}

} // namespace npufleet::ui
