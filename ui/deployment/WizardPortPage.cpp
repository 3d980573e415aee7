// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/WizardPortPage.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

#include "ui/deployment/NewDeploymentWizard.h"
#include "ui/deployment/PortOnNodeCheck.h"
#include "ui/deployment/ProblemLabel.h"

namespace npufleet::ui {

WizardPortPage::WizardPortPage(NewDeploymentWizard* wizard)
    : WizardFieldPage(wizard, {QStringLiteral("port")})
    , m_port(new QSpinBox)
    , m_label(new QLabel)
    , m_note(new QLabel)
    , m_onNode(new PortOnNodeCheck(wizard->project()))
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
    form->addRow(m_onNode);
    connect(m_port, &QSpinBox::valueChanged, this, [this](int port) {
        deploymentWizard()->draft().serving.port = port;
        checkOnNode();
        recheck();
    });
    connect(m_onNode, &PortOnNodeCheck::stateChanged, this, &QWizardPage::completeChanged);
    retranslate();
}

void WizardPortPage::initializePage()
{
    const QSignalBlocker block(m_port);
    m_port->setValue(deploymentWizard()->draft().serving.port);
    checkOnNode();
    recheck();
}

bool WizardPortPage::isComplete() const
{
    return WizardFieldPage::isComplete() && !m_onNode->portInUse();
}

void WizardPortPage::checkOnNode()
{
    // The head node (placed first) serves the API.
    const QList<project::Placement>& placement = deploymentWizard()->draft().placement;
    m_onNode->setTarget(placement.isEmpty() ? QString() : placement.first().node, m_port->value());
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
    m_note->setText(tr("No other deployment of the project may use it, nor any program on the serving node: the "
                       "node is asked below, and Pre-flight asks again before launch."));
}

} // namespace npufleet::ui
