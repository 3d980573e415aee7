// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/DeploymentActions.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

#include "core/project/Project.h"

#include "ui/common/ProjectSession.h"
#include "ui/deployment/DeploymentPropertiesDialog.h"
#include "ui/deployment/NewDeploymentWizard.h"

namespace npufleet::ui {

DeploymentActions::DeploymentActions(project::Project* project, QUndoStack* undoStack, QWidget* window)
    : QObject(window)
    , m_project(project)
    , m_undoStack(undoStack)
    , m_window(window)
    , m_menu(new QMenu(window))
    , m_new(new QAction(this))
    , m_properties(new QAction(this))
{
    m_new->setObjectName(QStringLiteral("actionNewDeployment"));
    m_properties->setObjectName(QStringLiteral("actionDeploymentProperties"));
    // Ctrl+Shift+N is Add Node; these two are free in every panel (see MainWindow::createActions).
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_properties->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_menu->addActions({m_new, m_properties});
    window->addActions({m_new, m_properties});
    connect(m_new, &QAction::triggered, this, [this] { showWizard(); });
    connect(m_properties, &QAction::triggered, this,
            [this] { showProperties(ProjectSession::of(m_project)->currentDeployment()); });
    const auto enable = [this] { m_properties->setEnabled(!m_project->data().deployments.isEmpty()); };
    connect(project, &project::Project::deploymentsChanged, this, enable);
    connect(project, &project::Project::wasReset, this, enable);
    enable();
    retranslate();
}

DeploymentPropertiesDialog* DeploymentActions::propertiesDialog() const
{
    return m_dialog;
}

NewDeploymentWizard* DeploymentActions::wizard() const
{
    return m_wizard;
}

void DeploymentActions::retranslate()
{
    m_menu->setTitle(tr("&Deployment"));
    m_new->setText(tr("&New Deployment…"));
    m_new->setToolTip(tr("Choose a model, engine, image, layout, NPUs, port and options step by step"));
    m_properties->setText(tr("&Properties…"));
    m_properties->setToolTip(tr("Edit every field of the current deployment"));
}

void DeploymentActions::showProperties(const QString& deployment)
{
    if (!deployment.isEmpty())
        ProjectSession::of(m_project)->setCurrentDeployment(deployment);
    if (!m_dialog) {
        m_dialog = new DeploymentPropertiesDialog(m_project, m_undoStack, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->showDeployment(ProjectSession::of(m_project)->currentDeployment());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void DeploymentActions::showWizard(const QString& modelRef, const DropTarget& target)
{
    if (m_wizard)
        m_wizard->close();
    m_wizard = new NewDeploymentWizard(m_project, m_undoStack, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->preset(modelRef, target);
    m_wizard->show();
}

} // namespace npufleet::ui
