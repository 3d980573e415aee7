// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/deployment/WizardFieldPage.h"

class QPushButton;

namespace npufleet::ui {

class PlacementPicker;

// Which NPUs of which nodes: auto-placed as the board would, adjustable NPU by NPU. A count that no longer
// matches the layout comes with the fix (the best layout for the NPUs ticked).
class WizardPlacementPage : public WizardFieldPage
{
    Q_OBJECT
public:
    explicit WizardPlacementPage(NewDeploymentWizard* wizard);
    void initializePage() override;
    PlacementPicker* picker() const { return m_picker; }
    QPushButton* autoButton() const { return m_auto; }

protected:
    void showDraft() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    PlacementPicker* m_picker;
    QPushButton* m_auto;
};

} // namespace npufleet::ui
