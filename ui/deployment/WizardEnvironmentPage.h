// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/deployment/WizardFieldPage.h"

class QLabel;

namespace npufleet::ui {

class EnvironmentEditor;

// Environment variables (secrets only as ${VAR}), and the summary of the whole draft before Finish.
class WizardEnvironmentPage : public WizardFieldPage
{
    Q_OBJECT
public:
    explicit WizardEnvironmentPage(NewDeploymentWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    EnvironmentEditor* editor() const { return m_editor; }
    QString summary() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void summarize();
    EnvironmentEditor* m_editor;
    QLabel* m_summary;
};

} // namespace npufleet::ui
