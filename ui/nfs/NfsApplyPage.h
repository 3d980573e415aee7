// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMap>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace npufleet::storage {
struct StepReport;
}

namespace npufleet::ui {

class NfsWizard;

// Page 4: runs the plan (or its undo) with progress, each step's state and the live output.
// Cancel stops every node after its current step; the table then shows what ran and what did not.
class NfsApplyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NfsApplyPage(NfsWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

    QPushButton* applyButton() const { return m_apply; }
    QPushButton* undoButton() const { return m_undo; }

private:
    void start(bool undo);
    void onStepStarted(const QString& node, const QString& stepId);
    void onStepFinished(const storage::StepReport& report);
    void onFinished(bool ok, const QString& summary);
    QTreeWidgetItem* stepItem(const QString& node, const QString& stepId) const;

    NfsWizard* m_wizard;
    QPushButton* m_apply;
    QPushButton* m_cancel;
    QPushButton* m_undo;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTreeWidget* m_steps;
    QPlainTextEdit* m_log;
    QHash<QString, QTreeWidgetItem*> m_items; // "node/stepId" -> row
    struct NodeOutcome
    {
        int changed = 0;
        int unchanged = 0;
        QString failure; // the first step that did not succeed, with why
        QStringList backups;
    };
    QMap<QString, NodeOutcome> m_outcomes; // node → what the run did there, for the Log dock
    bool m_running = false;
    bool m_undoing = false;
    bool m_applied = false;
};

} // namespace npufleet::ui
