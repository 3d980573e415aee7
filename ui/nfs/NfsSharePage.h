// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace npufleet::ui {

class NfsWizard;

// Page 1: the server node and its export folder, the clients, the network allowed to mount, and
// the export options (each explained).
class NfsSharePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NfsSharePage(NfsWizard* wizard);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    void fillClients();
    void updateDraft();
    void recomputeNetwork();

    NfsWizard* m_wizard;
    QComboBox* m_server;
    QLineEdit* m_exportPath;
    QListWidget* m_clients;
    QLineEdit* m_network;
    QList<QCheckBox*> m_options;
    QLineEdit* m_extraOptions;
    bool m_networkEdited = false;
    bool m_filling = false;
};

} // namespace npufleet::ui
