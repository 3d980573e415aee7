// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/deployment/WizardFieldPage.h"

class QLabel;
class QSpinBox;

namespace npufleet::ui {

class PortOnNodeCheck;

// The serving port: unique in the project (the rule is checked here) and free on the serving node (its
// listening ports are read over SSH); Pre-flight's "Ports free" asks the node again before launch.
class WizardPortPage : public WizardFieldPage
{
    Q_OBJECT
public:
    explicit WizardPortPage(NewDeploymentWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    QSpinBox* portBox() const { return m_port; }
    PortOnNodeCheck* onNode() const { return m_onNode; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void checkOnNode();
    QSpinBox* m_port;
    QLabel* m_label;
    QLabel* m_note;
    PortOnNodeCheck* m_onNode;
};

} // namespace npufleet::ui
