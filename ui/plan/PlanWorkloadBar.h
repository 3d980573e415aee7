// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/planning/PlanOptions.h"

class QComboBox;
class QLabel;
class QSpinBox;

namespace npufleet::ui {

// The traffic the Plan panel predicts speeds for and what it ranks by: users at once, prompt and output
// tokens per request, and the objective (throughput, latency, balanced), as plan --concurrency,
// --input-len, --output-len and --objective.
class PlanWorkloadBar : public QWidget
{
    Q_OBJECT
public:
    explicit PlanWorkloadBar(QWidget* parent = nullptr);

    // Sets the workload and objective in the options; --max-num-seqs stays the deployment's.
    void applyTo(planning::PlanOptions& options) const;
    planning::Objective objective() const;
    void setObjective(planning::Objective objective);
    planning::Workload workload() const;
    void setWorkload(const planning::Workload& workload); // no changed() signal

    QComboBox* objectiveBox() const { return m_objective; }
    QSpinBox* concurrencyBox() const { return m_concurrency; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_objectiveLabel;
    QComboBox* m_objective;
    QLabel* m_concurrencyLabel;
    QSpinBox* m_concurrency;
    QLabel* m_inputLabel;
    QSpinBox* m_input;
    QLabel* m_outputLabel;
    QSpinBox* m_output;
};

} // namespace npufleet::ui
