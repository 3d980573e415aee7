// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include "ui/assign/Assigner.h"

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

class DeploymentPropertiesDialog;
class NewDeploymentWizard;

// The Deployment menu: New Deployment… (Ctrl+Shift+D) and Properties… (Alt+Return), and the windows they open.
// The main window adds the menu; the board asks for the properties of a tile's deployment.
class DeploymentActions : public QObject
{
    Q_OBJECT
public:
    DeploymentActions(project::Project* project, QUndoStack* undoStack, QWidget* window);

    QMenu* menu() const { return m_menu; }
    QAction* newAction() const { return m_new; }
    QAction* propertiesAction() const { return m_properties; }
    DeploymentPropertiesDialog* propertiesDialog() const;
    NewDeploymentWizard* wizard() const;

    void retranslate();

public slots:
    void showProperties(const QString& deployment);
    // The wizard, filled in with a model (a project model id or a catalog ref) and a target when given.
    void showWizard(const QString& modelRef = {}, const DropTarget& target = {});

private:
    project::Project* m_project;
    QUndoStack* m_undoStack;
    QWidget* m_window;
    QMenu* m_menu;
    QAction* m_new;
    QAction* m_properties;
    QPointer<DeploymentPropertiesDialog> m_dialog;
    QPointer<NewDeploymentWizard> m_wizard;
};

} // namespace npufleet::ui
