// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/WizardPortPage.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

#include "ui/deployment/NewDeploymentWizard.h"
#include "ui/deployment/ProblemLabel.h"

namespace npufleet::ui {

WizardPortPage::WizardPortPage(NewDeploymentWizard* wizard)
    : WizardFieldPage(wizard, {QStringLiteral("port")})
    , m_port(new QSpinBox)
    , m_label(new QLabel)
    , m_note(new QLabel)
{
    setObjectName(QStringLiteral("portPage"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_label->setBuddy(m_port);
    m_note->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(m_label, m_port);
    form->addRow(m_note);
    form->addRow(problems());
    connect(m_port, &QSpinBox::valueChanged, this, [this](int port) {
        deploymentWizard()->draft().serving.port = port;
        recheck();
    });
    retranslate();
}

void WizardPortPage::initializePage()
{
    const QSignalBlocker block(m_port);
    m_port->setValue(deploymentWizard()->draft().serving.port);
    recheck();
}

void WizardPortPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    WizardFieldPage::changeEvent(event);
}

void WizardPortPage::retranslate()
{
    setTitle(tr("Port"));
    setSubTitle(tr("Where clients reach the OpenAI-compatible API on the serving (head) node."));
    m_label->setText(tr("&Port:"));
    m_note->setText(tr("No other deployment of the project may use it. Whether it is free on the node itself is "
                       "checked by Pre-flight (\"Ports free\") before launch."));
}

} // namespace npufleet::ui
