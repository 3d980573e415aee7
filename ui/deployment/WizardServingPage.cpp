// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/WizardServingPage.h"

#include <QEvent>
#include <QVBoxLayout>

#include "ui/deployment/NewDeploymentWizard.h"
#include "ui/deployment/ProblemLabel.h"
#include "ui/deployment/ServingOptionsForm.h"

namespace npufleet::ui {

WizardServingPage::WizardServingPage(NewDeploymentWizard* wizard)
    : WizardFieldPage(wizard, {QStringLiteral("serving")})
    , m_form(new ServingOptionsForm)
{
    setObjectName(QStringLiteral("servingPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(problems());
    layout->addStretch();
    connect(m_form, &ServingOptionsForm::edited, this, [this] {
        project::ServingOptions& s = deploymentWizard()->draft().serving;
        s = m_form->options(s);
        recheck();
    });
    retranslate();
}

void WizardServingPage::initializePage()
{
    m_form->setOptions(deploymentWizard()->draft().serving);
    recheck();
}

void WizardServingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    WizardFieldPage::changeEvent(event);
}

void WizardServingPage::retranslate()
{
    setTitle(tr("Serving Options"));
    setSubTitle(tr("How the engine serves: leave a field at \"engine default\" to let the engine choose."));
}

} // namespace npufleet::ui
