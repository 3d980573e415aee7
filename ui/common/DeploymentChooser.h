// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

class ProjectSession;

// The project's deployments, showing the session's current one: choosing here chooses in every panel.
class DeploymentChooser : public QComboBox
{
    Q_OBJECT
public:
    explicit DeploymentChooser(project::Project* project, QWidget* parent = nullptr);

    QString deployment() const { return currentData().toString(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refill();
    void follow();

    ProjectSession* m_session;
    project::Project* m_project;
};

} // namespace npufleet::ui
