// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/NewDeploymentWizard.h"

#include <QEvent>
#include <QSet>
#include <QUndoStack>

#include "core/planning/Placement.h"
#include "core/project/Project.h"

#include "ui/commands/DeploymentCommands.h"
#include "ui/common/ProjectSession.h"
#include "ui/deployment/WizardEnginePage.h"
#include "ui/deployment/WizardEnvironmentPage.h"
#include "ui/deployment/WizardImagePage.h"
#include "ui/deployment/WizardLayoutPage.h"
#include "ui/deployment/WizardModelPage.h"
#include "ui/deployment/WizardPlacementPage.h"
#include "ui/deployment/WizardPortPage.h"
#include "ui/deployment/WizardServingPage.h"

namespace npufleet::ui {

NewDeploymentWizard::NewDeploymentWizard(project::Project* project, QUndoStack* undoStack, QWidget* parent)
    : QWizard(parent)
    , m_project(project)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("newDeploymentWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_draft.serving.port = freePort();
    setPage(ModelPageId, new WizardModelPage(this));
    setPage(EnginePageId, new WizardEnginePage(this));
    setPage(ImagePageId, new WizardImagePage(this));
    setPage(LayoutPageId, new WizardLayoutPage(this));
    setPage(PlacementPageId, new WizardPlacementPage(this));
    setPage(PortPageId, new WizardPortPage(this));
    setPage(ServingPageId, new WizardServingPage(this));
    setPage(EnvironmentPageId, new WizardEnvironmentPage(this));
    retranslate();
    resize(900, 640);
}

void NewDeploymentWizard::preset(const QString& modelRef, const DropTarget& target)
{
    m_presetModel = modelRef;
    m_target = target;
    if (auto* page = qobject_cast<WizardModelPage*>(this->page(ModelPageId)))
        page->choose(modelRef);
}

project::ProjectData NewDeploymentWizard::projectData() const
{
    project::ProjectData doc = m_project->data();
    if (m_newModel)
        doc.models << *m_newModel;
    return doc;
}

void NewDeploymentWizard::setModel(const QString& existingId, const std::optional<project::ModelSource>& newModel)
{
    m_newModel = newModel;
    m_draft.model = newModel ? newModel->id : existingId;
    emit draftChanged();
}

int NewDeploymentWizard::freePort() const
{
    QSet<int> used;
    for (const project::Deployment& d : m_project->data().deployments)
        used.insert(d.serving.port);
    int port = 8000;
    while (used.contains(port))
        ++port;
    return port;
}

void NewDeploymentWizard::autoPlace()
{
    project::ProjectData with = projectData();
    project::Deployment unplaced = m_draft;
    unplaced.placement.clear();
    with.deployments << unplaced;
    const planning::PlacementPlanner planner(with);
    planning::PlacementChoice choice;
    if (!m_target.devices.isEmpty())
        choice = planner.evaluator().evaluate(unplaced, m_target.devices);
    else if (!m_target.nodes.isEmpty())
        choice = planner.chooseOnNodes(unplaced, m_target.nodes);
    else if (const QList<planning::AutoPlaceOutcome> out = planner.autoPlace({unplaced.name}); !out.isEmpty())
        choice = out.first().choice;
    if (choice.placement.isEmpty())
        return;
    m_draft.placement = choice.placement;
    if (choice.plan)
        m_draft.layout = choice.layout();
    // Across nodes: data parallel when a TP x PP group fits on one node, else Ray (as a drop on the board does).
    if (m_draft.placement.size() > 1 && project::traits(m_draft.engine).multiNode == project::MultiNode::No)
        m_draft.engine = m_draft.layout.tp * m_draft.layout.pp <= choice.npus() / int(m_draft.placement.size())
            ? project::Engine::VllmAscendDp
            : project::Engine::VllmAscendRay;
    emit draftChanged();
}

void NewDeploymentWizard::accept()
{
    auto* macro = new QUndoCommand(tr("New deployment %1").arg(m_draft.name));
    if (m_newModel)
        new AddModelCommand(m_project, *m_newModel, macro);
    new CreateDeploymentCommand(m_project, m_draft, macro);
    m_undoStack->push(macro);
    ProjectSession::of(m_project)->setCurrentDeployment(m_draft.name);
    QWizard::accept();
}

void NewDeploymentWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void NewDeploymentWizard::retranslate()
{
    setWindowTitle(tr("New Deployment"));
}

} // namespace npufleet::ui
