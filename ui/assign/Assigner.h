// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

#include "core/planning/Placement.h"
#include "core/project/ProjectData.h"

class QUndoStack;

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

// Where a drop or an "Assign to…" lands: exact devices, or whole nodes (free devices chosen).
struct DropTarget
{
    QList<project::Placement> devices;
    QStringList nodes;
    bool isEmpty() const { return devices.isEmpty() && nodes.isEmpty(); }
    static DropTarget device(const QString& node, int device) { return {{project::Placement {node, {device}}}, {}}; }
    static DropTarget wholeNodes(const QStringList& nodes) { return {{}, nodes}; }
};

// Turns what the user drags (a model, a deployment) and where into planner previews and undo
// commands. The board, its item model and the library's menus all go through here.
class Assigner : public QObject
{
    Q_OBJECT
public:
    Assigner(project::Project* project, QUndoStack* undoStack, QObject* parent = nullptr);
    ~Assigner() override;

    project::Project* project() const { return m_project; }

    // What a drop would do: devices, the planner's best layout, fit and reason.
    planning::PlacementChoice previewModel(const QString& modelRef, const DropTarget& target) const;
    planning::PlacementChoice previewMove(const QString& deployment, const DropTarget& target) const;
    planning::PlacementChoice previewResize(const QString& deployment, const QList<project::Placement>& devices) const;

    // Each pushes one command (or macro); false with *why set when nothing would fit.
    bool assignModel(const QString& modelRef, const DropTarget& target, QString* why = nullptr);
    bool moveDeployment(const QString& deployment, const DropTarget& target, QString* why = nullptr);
    bool resizeDeployment(const QString& deployment, const QList<project::Placement>& devices, QString* why = nullptr);
    bool extendDeployment(const QString& deployment, const DropTarget& target, QString* why = nullptr);
    bool shrinkDeployment(const QString& deployment, const QList<project::Placement>& remove, QString* why = nullptr);
    bool deleteDeployment(const QString& deployment);
    // Places every unplaced deployment as one undo step; the outcomes say where, or why not.
    QList<planning::AutoPlaceOutcome> autoPlace();

    // The deployment a drop of this model creates (name, engine, image, port), devices not set.
    project::Deployment newDeployment(const QString& modelId) const;
    // The owner of a device, or empty.
    QString ownerOf(const QString& node, int device) const;

private:
    const planning::PlacementPlanner& planner() const;
    void invalidate();
    QList<project::Placement>
    occupiedIn(const QList<project::Placement>& devices, const QString& ignore, QString* why) const;
    QString modelIdFor(const QString& modelRef) const;

    project::Project* m_project;
    QUndoStack* m_undoStack;
    // A copy of the project plus the catalog's models (ids "catalog:<name>"), and a planner over it.
    mutable std::unique_ptr<project::ProjectData> m_data;
    mutable std::unique_ptr<planning::PlacementPlanner> m_planner;
};

} // namespace npufleet::ui
