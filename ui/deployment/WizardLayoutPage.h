// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "core/planning/PlanResult.h"

#include "ui/deployment/WizardFieldPage.h"

class QLabel;
class QTableWidget;

namespace npufleet::ui {

// The layout, chosen from the planner's ranked list for the placed NPUs (planned in the thread pool, as
// the Plan panel does): fit, memory, predicted speed and the reason for each.
class WizardLayoutPage : public WizardFieldPage
{
    Q_OBJECT
public:
    explicit WizardLayoutPage(NewDeploymentWizard* wizard);
    void initializePage() override;
    QTableWidget* table() const { return m_table; }
    const QList<planning::PlanResult>& plans() const { return m_plans; }
    bool isPlanning() const { return m_planning; }
    // Chooses the ranked layout in this row.
    void chooseRow(int row);
    // The best-ranked row the engine accepts, or -1.
    int firstAccepted() const;

signals:
    void planned();

protected:
    void showDraft() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showPlans(const QList<planning::PlanResult>& plans, const QString& error, quint64 generation);

    QTableWidget* m_table;
    QLabel* m_status;
    QList<planning::PlanResult> m_plans;
    QList<bool> m_accepted; // per row: the engine takes that layout on this placement
    quint64 m_generation = 0;
    bool m_planning = false;
};

} // namespace npufleet::ui
