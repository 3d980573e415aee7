// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace npufleet::ui {

class NfsWizard;

// Page 5: proves the share from each client (export list, mount, probe file, same files and
// sizes). Finish records the storage in the project, as one undoable step.
class NfsVerifyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NfsVerifyPage(NfsWizard* wizard);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    void run();

    NfsWizard* m_wizard;
    QPushButton* m_again;
    QPushButton* m_stop;
    QLabel* m_summary;
    QTreeWidget* m_checks;
    bool m_running = false;
};

} // namespace npufleet::ui
