// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/WizardPlacementPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/deployment/NewDeploymentWizard.h"
#include "ui/deployment/PlacementPicker.h"
#include "ui/deployment/ProblemLabel.h"

namespace npufleet::ui {

WizardPlacementPage::WizardPlacementPage(NewDeploymentWizard* wizard)
    : WizardFieldPage(wizard, {QStringLiteral("placement"), QStringLiteral("layout")}, true)
    , m_picker(new PlacementPicker)
    , m_auto(new QPushButton)
{
    setObjectName(QStringLiteral("placementPage"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_auto);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_picker, 1);
    layout->addWidget(problems());
    connect(m_picker, &PlacementPicker::edited, this, [this] {
        deploymentWizard()->draft().placement = m_picker->placement();
        recheck();
    });
    connect(m_auto, &QPushButton::clicked, this, [this] {
        deploymentWizard()->autoPlace();
        showDraft();
        recheck();
    });
    retranslate();
}

void WizardPlacementPage::initializePage()
{
    showDraft();
    recheck();
}

void WizardPlacementPage::showDraft()
{
    const project::Deployment& d = deploymentWizard()->draft();
    m_picker->setPlacement(deploymentWizard()->projectData(), d.placement, d.name);
}

void WizardPlacementPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    WizardFieldPage::changeEvent(event);
}

void WizardPlacementPage::retranslate()
{
    setTitle(tr("Placement"));
    setSubTitle(tr("The NPUs the deployment runs on, head node first. NPUs another deployment holds are greyed "
                   "out."));
    m_auto->setText(tr("&Auto-place"));
    m_auto->setToolTip(tr("Choose free NPUs as the board's Auto-place does (on the drop target when there is one)"));
}

} // namespace npufleet::ui
