// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/WizardImagePage.h"

#include <QEvent>
#include <QVBoxLayout>

#include "ui/deployment/ImagePicker.h"
#include "ui/deployment/NewDeploymentWizard.h"
#include "ui/deployment/ProblemLabel.h"

namespace npufleet::ui {

WizardImagePage::WizardImagePage(NewDeploymentWizard* wizard)
    : WizardFieldPage(wizard, {QStringLiteral("image")}, false)
    , m_picker(new ImagePicker)
{
    setObjectName(QStringLiteral("imagePage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_picker);
    layout->addWidget(problems());
    layout->addStretch();
    connect(m_picker, &ImagePicker::edited, this, [this] {
        deploymentWizard()->draft().image = m_picker->image();
        recheck();
    });
    retranslate();
}

void WizardImagePage::initializePage()
{
    project::Deployment& d = deploymentWizard()->draft();
    if (d.image.isEmpty())
        d.image = ImagePicker::defaultImage(d.engine);
    showDraft();
    recheck();
}

void WizardImagePage::showDraft()
{
    const project::Deployment& d = deploymentWizard()->draft();
    m_picker->setImage(d.engine, d.image);
}

void WizardImagePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    WizardFieldPage::changeEvent(event);
}

void WizardImagePage::retranslate()
{
    setTitle(tr("Image and Version"));
    setSubTitle(tr("The container image the engine runs in: repository and version (tag)."));
}

} // namespace npufleet::ui
