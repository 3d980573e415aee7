// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deployment/WizardEnginePage.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>

#include "ui/deployment/EngineBox.h"
#include "ui/deployment/NewDeploymentWizard.h"
#include "ui/deployment/ProblemLabel.h"

namespace npufleet::ui {

WizardEnginePage::WizardEnginePage(NewDeploymentWizard* wizard)
    : WizardFieldPage(wizard, {QStringLiteral("engine")}, true)
    , m_engine(new QComboBox)
    , m_label(new QLabel)
    , m_about(new QLabel)
{
    setObjectName(QStringLiteral("enginePage"));
    m_engine->setObjectName(QStringLiteral("engine"));
    m_about->setWordWrap(true);
    m_label->setBuddy(m_engine);
    auto* form = new QFormLayout(this);
    form->addRow(m_label, m_engine);
    form->addRow(m_about);
    form->addRow(problems());
    connect(m_engine, &QComboBox::currentIndexChanged, this, [this] {
        switchEngine(deploymentWizard()->draft(), engineIn(m_engine));
        describe();
        recheck();
    });
    retranslate();
}

void WizardEnginePage::initializePage()
{
    deploymentWizard()->autoPlace();
    showDraft();
    recheck();
}

void WizardEnginePage::showDraft()
{
    fillEngineBox(m_engine, deploymentWizard()->projectData(), deploymentWizard()->draft());
    describe();
}

void WizardEnginePage::describe()
{
    const project::Deployment& d = deploymentWizard()->draft();
    const project::EngineTraits& t = project::traits(d.engine);
    QStringList nodes;
    for (const project::Placement& p : d.placement) {
        QStringList devices;
        for (int dev : p.devices)
            devices << QString::number(dev);
        nodes << tr("%1 (NPU %2)").arg(p.node, devices.join(QLatin1Char(',')));
    }
    QString across;
    switch (t.multiNode) {
    case project::MultiNode::No:
        across = tr("runs on one node");
        break;
    case project::MultiNode::DataParallel:
        across = tr("spans nodes by data parallel (one DP rank group per node)");
        break;
    case project::MultiNode::Ray:
        across = tr("spans nodes with a Ray cluster");
        break;
    case project::MultiNode::Cluster:
        across = tr("spans nodes as a cluster of its own");
        break;
    case project::MultiNode::RankTable:
        across = tr("spans nodes with an HCCL rank table");
        break;
    }
    m_about->setText(tr("%1 %2. Placed for now on %3; the layout and the NPUs can be changed on the next pages.")
                         .arg(project::engineDisplayName(d.engine), across,
                              nodes.isEmpty() ? tr("no NPUs (nothing free fits)") : nodes.join(QStringLiteral(", "))));
}

void WizardEnginePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    WizardFieldPage::changeEvent(event);
}

void WizardEnginePage::retranslate()
{
    setTitle(tr("Engine"));
    setSubTitle(tr("Engines the nodes' accelerators and the model do not allow are greyed out, with the reason."));
    m_label->setText(tr("&Engine:"));
}

} // namespace npufleet::ui
