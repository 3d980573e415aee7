// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/WizardEnvironmentPage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/deployment/EnvironmentEditor.h"
#include "ui/deployment/NewDeploymentWizard.h"
#include "ui/deployment/ProblemLabel.h"

namespace npufleet::ui {

WizardEnvironmentPage::WizardEnvironmentPage(NewDeploymentWizard* wizard)
    : WizardFieldPage(wizard, {QStringLiteral("environment")})
    , m_editor(new EnvironmentEditor)
    , m_summary(new QLabel)
{
    setObjectName(QStringLiteral("environmentPage"));
    setFinalPage(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setObjectName(QStringLiteral("summary"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(problems());
    layout->addWidget(m_summary);
    connect(m_editor, &EnvironmentEditor::edited, this, [this] {
        deploymentWizard()->draft().environment = m_editor->environment();
        recheck();
        summarize();
    });
    retranslate();
}

void WizardEnvironmentPage::initializePage()
{
    m_editor->setEnvironment(deploymentWizard()->draft().environment);
    recheck();
    summarize();
}

bool WizardEnvironmentPage::isComplete() const
{
    // Finish adds the deployment: no error of any field may stand.
    return !DeploymentCheck::hasError(currentProblems());
}

QString WizardEnvironmentPage::summary() const
{
    return m_summary->text();
}

void WizardEnvironmentPage::summarize()
{
    const project::Deployment& d = deploymentWizard()->draft();
    QStringList errors;
    for (const FieldProblem& p : currentProblems()) {
        if (p.error && p.field != QLatin1String("environment"))
            errors << p.message.toHtmlEscaped();
    }
    QString text = tr("<b>%1</b>: %2 on %n NPU(s), port %3.", nullptr, d.placedDevices())
                       .arg(d.name.toHtmlEscaped(), project::engineDisplayName(d.engine).toHtmlEscaped())
                       .arg(d.serving.port);
    if (!errors.isEmpty())
        text += QStringLiteral("<br/><span style='color:#c62828'>")
            + tr("Go back and fix: %1").arg(errors.join(QStringLiteral("; "))) + QStringLiteral("</span>");
    m_summary->setText(text);
}

void WizardEnvironmentPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    WizardFieldPage::changeEvent(event);
}

void WizardEnvironmentPage::retranslate()
{
    setTitle(tr("Environment"));
    setSubTitle(tr("Variables for the engine's container. Finish adds the deployment (one undo step)."));
}

} // namespace npufleet::ui
