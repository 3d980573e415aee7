// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/deployment/WizardFieldPage.h"

namespace npufleet::ui {

class ServingOptionsForm;

// Serving options: context length, sequences, memory share, KV cache, prefix caching, graph mode,
// quantization, served name, extra flags (the form the properties editor shows too).
class WizardServingPage : public WizardFieldPage
{
    Q_OBJECT
public:
    explicit WizardServingPage(NewDeploymentWizard* wizard);
    void initializePage() override;
    ServingOptionsForm* form() const { return m_form; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    ServingOptionsForm* m_form;
};

} // namespace npufleet::ui
