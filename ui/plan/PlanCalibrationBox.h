// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <optional>

#include "core/planning/Calibrate.h"

class QLabel;
class QPushButton;

namespace npufleet::ui {

// Measured against predicted for the deployment's layout, from its newest benchmark run of this session,
// and "Use as correction", which stores measured / predicted for the chip and engine (the panel pushes
// it as one undo step). Hidden while there is no run of the deployment.
class PlanCalibrationBox : public QFrame
{
    Q_OBJECT
public:
    explicit PlanCalibrationBox(QWidget* parent = nullptr);

    // report: the comparison (or error: why there is none) for the run named runName; inUse: the correction
    // the prediction already has for this chip and engine.
    void setComparison(const std::optional<planning::CalibrationReport>& report,
                       const QString& runName,
                       const QString& error,
                       const std::optional<project::Calibration>& inUse);
    void clear();

    QPushButton* useButton() const { return m_use; }
    QString text() const;

signals:
    void useRequested(const project::Calibration& entry);

protected:
    void changeEvent(QEvent* event) override;

private:
    void redraw();

    QLabel* m_text;
    QPushButton* m_use;
    std::optional<planning::CalibrationReport> m_report;
    QString m_runName;
    QString m_error;
    std::optional<project::Calibration> m_inUse;
};

} // namespace npufleet::ui
