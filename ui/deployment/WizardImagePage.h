// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/deployment/WizardFieldPage.h"

namespace npufleet::ui {

class ImagePicker;

// The container image and its version, from the engine's version table; the recipe checks the flags
// the deployment needs against that version.
class WizardImagePage : public WizardFieldPage
{
    Q_OBJECT
public:
    explicit WizardImagePage(NewDeploymentWizard* wizard);
    void initializePage() override;
    ImagePicker* picker() const { return m_picker; }

protected:
    void showDraft() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    ImagePicker* m_picker;
};

} // namespace npufleet::ui
