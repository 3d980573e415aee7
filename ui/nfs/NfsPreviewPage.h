// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace npufleet::ui {

class NfsWizard;

// Page 3: per node, the exact commands and file edits, with the packages that the node's OS family
// (read from /etc/os-release, a read-only look) calls for. Nothing has run yet.
class NfsPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NfsPreviewPage(NfsWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

    QListWidget* nodeList() const { return m_nodes; }
    QPlainTextEdit* text() const { return m_text; }

private:
    void rebuild();
    void showNode();
    void exportScripts();

    NfsWizard* m_wizard;
    QLabel* m_status;
    QLabel* m_warnings;
    QListWidget* m_nodes;
    QPlainTextEdit* m_text;
    bool m_valid = false;
};

} // namespace npufleet::ui
