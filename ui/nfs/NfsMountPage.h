// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QLineEdit;

namespace npufleet::ui {

class NfsWizard;

// Page 2: where clients mount the share and with which options (each explained in its tooltip),
// and an optional cache folder on the share for GPUStack / ModelScope / Hugging Face.
class NfsMountPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NfsMountPage(NfsWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void updateDraft();

    NfsWizard* m_wizard;
    QLineEdit* m_mountPoint;
    QList<QCheckBox*> m_options;
    QLineEdit* m_extraOptions;
    QCheckBox* m_useCache;
    QLineEdit* m_cacheDir;
    bool m_filling = false;
};

} // namespace npufleet::ui
