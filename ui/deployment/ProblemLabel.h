// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>
#include <optional>

#include "ui/deployment/DeploymentCheck.h"

class QLabel;
class QPushButton;

namespace npufleet::ui {

// What is wrong with some fields of a deployment, shown next to them, with the button that applies the
// suggested fix when there is one.
class ProblemLabel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemLabel(const QStringList& fields, QWidget* parent = nullptr);

    void showProblems(const QList<FieldProblem>& problems, const std::optional<DeploymentFix>& fix = std::nullopt);
    QString text() const;
    QPushButton* fixButton() const { return m_fix; }
    const QStringList& fields() const { return m_fields; }

signals:
    void fixRequested(const project::Deployment& fixed);

private:
    QStringList m_fields;
    QLabel* m_text;
    QPushButton* m_fix;
    std::optional<DeploymentFix> m_current;
};

} // namespace npufleet::ui
