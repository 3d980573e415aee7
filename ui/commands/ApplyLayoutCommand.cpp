// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/ApplyLayoutCommand.h"

#include <QCoreApplication>

#include "core/project/Project.h"

namespace npufleet::ui {

namespace {
QString layoutText(const project::ParallelLayout& l)
{
    QString text = QCoreApplication::translate("npufleet::ui::ApplyLayoutCommand", "TP%1 PP%2 DP%3")
                       .arg(l.tensor)
                       .arg(l.pipeline)
                       .arg(l.data);
    if (l.expert)
        text += QCoreApplication::translate("npufleet::ui::ApplyLayoutCommand", " EP");
    return text;
}
} // namespace

ApplyLayoutCommand::ApplyLayoutCommand(project::Project* project,
                                       const QString& deployment,
                                       const project::ParallelLayout& layout,
                                       QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_deployment(deployment)
    , m_other(layout)
{
    setText(QCoreApplication::translate("npufleet::ui::ApplyLayoutCommand", "Set layout of %1 to %2")
                .arg(deployment, layoutText(layout)));
}

void ApplyLayoutCommand::swap()
{
    const int index = m_project->data().deploymentIndex(m_deployment);
    if (index < 0)
        return;
    project::Deployment changed = m_project->data().deployments.at(index);
    std::swap(changed.layout, m_other);
    m_project->setDeployment(index, changed);
}

} // namespace npufleet::ui
