// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/ApplyLayoutCommand.h"

#include <QCoreApplication>

namespace npufleet::ui {

namespace {
QString layoutText(const project::Layout& l)
{
    QString text = QCoreApplication::translate("npufleet::ui::ApplyLayoutCommand", "TP%1 PP%2 DP%3")
                       .arg(l.tp)
                       .arg(l.pp)
                       .arg(l.dp);
    if (l.ep)
        text += QCoreApplication::translate("npufleet::ui::ApplyLayoutCommand", " EP");
    return text;
}
} // namespace

ApplyLayoutCommand::ApplyLayoutCommand(project::Project* project,
                                       const QString& deployment,
                                       const project::Layout& layout,
                                       QUndoCommand* parent)
    : DeploymentSwapCommand(project, deployment, parent)
    , m_other(layout)
{
    setText(QCoreApplication::translate("npufleet::ui::ApplyLayoutCommand", "Set layout of %1 to %2")
                .arg(deployment, layoutText(layout)));
}

ReplaceLayoutCommand::ReplaceLayoutCommand(project::Project* project,
                                           const QString& deployment,
                                           const QList<project::Placement>& placement,
                                           const project::Layout& layout,
                                           QUndoCommand* parent)
    : PlaceDeploymentCommand(project, deployment, placement, layout, parent)
{
    int npus = 0;
    for (const project::Placement& p : placement)
        npus += int(p.devices.size());
    setText(QCoreApplication::translate("npufleet::ui::ApplyLayoutCommand",
                                        "Set layout of %1 to %2 and move it to %n NPU(s)", nullptr, npus)
                .arg(deployment, layoutText(layout)));
}

void ApplyLayoutCommand::exchange(project::Deployment& deployment)
{
    std::swap(deployment.layout, m_other);
}

} // namespace npufleet::ui
