// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include "core/planning/PlacementEvaluator.h"

namespace npufleet::planning {

// What auto-place did with one deployment.
struct AutoPlaceOutcome
{
    QString deployment;
    bool placed = false;
    PlacementChoice choice; // devices and layout when placed; the closest try otherwise
    QString reason; // why it went there, or why it went nowhere
};

// Chooses NPUs for deployments: free devices, node boundaries, aligned contiguous groups first
// (0-1, 0-3, 4-7 ...), one node before several, the smallest group where the model fits well.
class PlacementPlanner
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::planning::PlacementPlanner)

public:
    explicit PlacementPlanner(const project::ProjectData& data);

    const PlacementEvaluator& evaluator() const { return m_evaluator; }

    // The deployment holding a device, `ignore` left out; empty when free.
    QString ownerOf(const QString& node, int device, const QString& ignore = {}) const;
    QList<int> freeDevices(const QString& node, const QString& ignore = {}) const;

    // Free devices on these nodes (the deployment's own count as free) for the deployment's model.
    PlacementChoice chooseOnNodes(const project::Deployment& deployment, const QStringList& nodes) const;

    // Devices for the deployment to run a layout of `npus` NPUs on: free ones (its own count as free), one
    // node when they fit on one, else the same aligned group on as few nodes as hold them; the nodes it is on
    // first. Empty, with *why set, when the cluster has no such room.
    QList<project::Placement> placeFor(const project::Deployment& deployment, int npus, QString* why) const;

    // Places the named deployments (all unplaced ones when empty), largest model first. Placed
    // deployments stay where they are; one that fits nowhere stays unplaced, with the reason.
    QList<AutoPlaceOutcome> autoPlace(const QStringList& deployments = {}) const;

    // Group sizes tried on a node of `count` NPUs: powers of two below it, then the whole node.
    static QList<int> groupSizes(int count);
    // Free groups of `size` devices: aligned contiguous ones first, then contiguous, then any.
    static QList<QList<int>> freeGroups(const QList<int>& devices, const QSet<int>& used, int size);

private:
    using Occupancy = QHash<QString, QSet<int>>; // node -> devices in use
    Occupancy occupancy(const QString& ignore) const;
    QList<int> nodeDevices(const QString& node) const;
    PlacementChoice choose(const project::Deployment& deployment,
                           const QStringList& nodes,
                           const Occupancy& occupied,
                           bool* placeable) const;
    double weightBytes(const project::Deployment& deployment) const;

    const project::ProjectData& m_data;
    PlacementEvaluator m_evaluator;
};

} // namespace npufleet::planning
