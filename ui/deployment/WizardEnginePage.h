// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/deployment/WizardFieldPage.h"

class QComboBox;
class QLabel;

namespace npufleet::ui {

// The serving engine, offered only where the nodes' hardware and the model allow it. Entering the page
// places the draft (on the drop target, else where auto-place puts it), so the engine is checked against
// real nodes; an engine that refuses the layout comes with the fix.
class WizardEnginePage : public WizardFieldPage
{
    Q_OBJECT
public:
    explicit WizardEnginePage(NewDeploymentWizard* wizard);
    void initializePage() override;
    QComboBox* engineBox() const { return m_engine; }

protected:
    void showDraft() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void describe();

    QComboBox* m_engine;
    QLabel* m_label;
    QLabel* m_about;
};

} // namespace npufleet::ui
