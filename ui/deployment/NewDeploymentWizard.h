// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>
#include <optional>

#include "core/project/ProjectData.h"

#include "ui/assign/Assigner.h"

class QUndoStack;

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

// From "I have these nodes and this model" to a deployment: model, engine, image and version, layout from
// the planner's ranked list, placement (auto-placed, adjustable), port, serving options and environment.
// Every page checks the draft with DeploymentCheck and keeps Next disabled while an error of its fields
// stands. Finish adds the deployment (and a new model) as one undo step.
class NewDeploymentWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        ModelPageId,
        EnginePageId,
        ImagePageId,
        LayoutPageId,
        PlacementPageId,
        PortPageId,
        ServingPageId,
        EnvironmentPageId
    };

    NewDeploymentWizard(project::Project* project, QUndoStack* undoStack, QWidget* parent = nullptr);

    // Starts with this model (a project model id or a catalog ref, as the board drags them) and target.
    void preset(const QString& modelRef, const DropTarget& target);

    project::Project* project() const { return m_project; }
    // The project as it would be with the new model (if any), without the draft deployment.
    project::ProjectData projectData() const;
    project::Deployment& draft() { return m_draft; }
    const DropTarget& target() const { return m_target; }
    const std::optional<project::ModelSource>& newModel() const { return m_newModel; }
    // The model the draft uses: an existing one (newModel empty) or a new one.
    void setModel(const QString& existingId, const std::optional<project::ModelSource>& newModel);
    // Places the draft: on the target when there is one, else where auto-place puts it; the layout follows.
    void autoPlace();
    // A port no deployment of the project uses, from 8000 up.
    int freePort() const;
    QString presetModel() const { return m_presetModel; }

    void accept() override;

signals:
    void draftChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    project::Project* m_project;
    QUndoStack* m_undoStack;
    project::Deployment m_draft;
    std::optional<project::ModelSource> m_newModel;
    DropTarget m_target;
    QString m_presetModel;
};

} // namespace npufleet::ui
