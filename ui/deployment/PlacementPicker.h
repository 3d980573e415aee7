// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

#include "core/project/ProjectData.h"

namespace npufleet::ui {

class CoalescedSignal;

// The nodes of the project with a box per NPU: which devices a deployment runs on. NPUs another deployment
// holds are shown with its name and cannot be ticked.
class PlacementPicker : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PlacementPicker(QWidget* parent = nullptr);

    // Shows the project's nodes with `placement` ticked; `self`: the deployment's name (its NPUs are free).
    void
    setPlacement(const project::ProjectData& project, const QList<project::Placement>& placement, const QString& self);
    QList<project::Placement> placement() const;
    // Ticks exactly these devices; emits edited().
    void tick(const QList<project::Placement>& placement);

signals:
    // The user changed the ticks; sent from the event loop, after the tree's own signal has returned.
    void edited();

private:
    void changed();

    bool m_loading = false;
    CoalescedSignal* m_edits = nullptr; // edited(), once the cells settle
    QStringList m_order; // the nodes of the shown placement, head first: placement() keeps that order
};

} // namespace npufleet::ui
