// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWizardPage>

#include "ui/deployment/DeploymentCheck.h"

namespace npufleet::ui {

class NewDeploymentWizard;
class ProblemLabel;

// A page of the New Deployment wizard that edits some fields of the draft: it checks the draft after each
// edit, shows the problems of its fields under them (with the fix when one is known) and is complete only
// while none of its fields has an error.
class WizardFieldPage : public QWizardPage
{
    Q_OBJECT
public:
    WizardFieldPage(NewDeploymentWizard* wizard, const QStringList& fields, bool offerFix = false);

    bool isComplete() const override;
    ProblemLabel* problems() const { return m_problems; }
    const QList<FieldProblem>& currentProblems() const { return m_current; }

protected:
    // Call after changing the draft: checks again and updates Next.
    void recheck();
    // Shows the draft again after a fix was applied.
    virtual void showDraft() { }
    NewDeploymentWizard* deploymentWizard() const { return m_wizard; }

private:
    NewDeploymentWizard* m_wizard;
    QStringList m_fields;
    bool m_offerFix;
    ProblemLabel* m_problems;
    QList<FieldProblem> m_current;
};

} // namespace npufleet::ui
