// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/deployment/WizardFieldPage.h"

class QLabel;
class QSpinBox;

namespace npufleet::ui {

// The serving port: unique in the project (the rule is checked here); Pre-flight's "Ports free" check
// looks at the serving node itself.
class WizardPortPage : public WizardFieldPage
{
    Q_OBJECT
public:
    explicit WizardPortPage(NewDeploymentWizard* wizard);
    void initializePage() override;
    QSpinBox* portBox() const { return m_port; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QSpinBox* m_port;
    QLabel* m_label;
    QLabel* m_note;
};

} // namespace npufleet::ui
