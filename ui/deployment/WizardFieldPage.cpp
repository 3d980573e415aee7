// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/WizardFieldPage.h"

#include "ui/deployment/NewDeploymentWizard.h"
#include "ui/deployment/ProblemLabel.h"

namespace npufleet::ui {

WizardFieldPage::WizardFieldPage(NewDeploymentWizard* wizard, const QStringList& fields, bool offerFix)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_fields(fields)
    , m_offerFix(offerFix)
    , m_problems(new ProblemLabel(fields))
{
    connect(m_problems, &ProblemLabel::fixRequested, this, [this](const project::Deployment& fixed) {
        m_wizard->draft() = fixed;
        showDraft();
        recheck();
    });
}

void WizardFieldPage::recheck()
{
    const project::ProjectData doc = m_wizard->projectData();
    m_current = DeploymentCheck::check(doc, m_wizard->draft());
    std::optional<DeploymentFix> fix;
    if (m_offerFix && DeploymentCheck::hasError(m_current, m_fields))
        fix = DeploymentCheck::suggestFix(doc, m_wizard->draft(), {});
    m_problems->showProblems(m_current, fix);
    emit completeChanged();
}

bool WizardFieldPage::isComplete() const
{
    return !DeploymentCheck::hasError(m_current, m_fields);
}

} // namespace npufleet::ui
