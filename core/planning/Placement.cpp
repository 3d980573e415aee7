// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/Placement.h"

#include <algorithm>
#include <optional>

#include "core/deployment/Rules.h"
#include "core/planning/MemoryEstimator.h"

namespace npufleet::planning {

PlacementPlanner::PlacementPlanner(const project::ProjectData& data)
    : m_data(data)
    , m_evaluator(data)
{
}

QString PlacementPlanner::ownerOf(const QString& node, int device, const QString& ignore) const
{
    for (const project::Deployment& d : m_data.deployments) {
        if (d.name == ignore)
            continue;
        for (const project::Placement& p : d.placement) {
            if (p.node == node && p.devices.contains(device))
                return d.name;
        }
    }
    return {};
}

QList<int> PlacementPlanner::nodeDevices(const QString& node) const
{
    QList<int> out;
    if (const cluster::Node* n = m_data.node(node)) {
        for (const cluster::Accelerator& a : n->accelerators()) {
            if (!out.contains(a.index)) // a two-chip card is one device id
                out << a.index;
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<int> PlacementPlanner::freeDevices(const QString& node, const QString& ignore) const
{
    const QSet<int> used = occupancy(ignore).value(node);
    QList<int> out = nodeDevices(node);
    out.removeIf([&](int d) { return used.contains(d); });
    return out;
}

PlacementPlanner::Occupancy PlacementPlanner::occupancy(const QString& ignore) const
{
    Occupancy used;
    for (const project::Deployment& d : m_data.deployments) {
        if (d.name == ignore)
            continue;
        for (const project::Placement& p : d.placement) {
            for (int device : p.devices)
                used[p.node].insert(device);
        }
    }
    return used;
}

QList<int> PlacementPlanner::groupSizes(int count)
{
    QList<int> sizes;
    for (int s = 1; s < count; s *= 2)
        sizes << s;
    if (count > 0)
        sizes << count;
    return sizes;
}

QList<QList<int>> PlacementPlanner::freeGroups(const QList<int>& devices, const QSet<int>& used, int size)
{
    QList<QList<int>> aligned;
    QList<QList<int>> contiguous;
    QList<int> free;
    for (int d : devices) {
        if (!used.contains(d))
            free << d;
    }
    if (size <= 0 || free.size() < size)
        return {};
    for (qsizetype i = 0; i + size <= free.size(); ++i) {
        const QList<int> run = free.mid(i, size);
        if (run.last() - run.first() != size - 1)
            continue;
        if (run.first() % size == 0)
            aligned << run;
        else
            contiguous << run;
    }
    QList<QList<int>> out = aligned + contiguous;
    if (out.isEmpty())
        out << free.mid(0, size); // scattered: the engine still runs, the board warns
    return out;
}

double PlacementPlanner::weightBytes(const project::Deployment& deployment) const
{
    const Result<model::LoadedModel> m = m_evaluator.model(deployment.model);
    if (!m)
        return 0;
    PlanOptions o;
    if (const project::ModelSource* s = m_data.model(deployment.model)) {
        if (const std::optional<model::QuantScheme> q = model::quantSchemeFromKey(s->quantization))
            o.quant = *q;
    }
    return MemoryEstimator(*m, o).modelWeightBytes();
}

PlacementChoice PlacementPlanner::choose(const project::Deployment& d,
                                         const QStringList& nodes,
                                         const Occupancy& occupied,
                                         bool* placeable) const
{
    *placeable = false;
    // NPUs whose HBM other processes hold count as taken: the engine would not start there.
    Occupancy used = occupied;
    for (const QString& node : nodes) {
        for (int device : deployment::heldDevices(m_data, d, node))
            used[node].insert(device);
    }
    std::optional<PlacementChoice> tight;
    std::optional<PlacementChoice> largest; // the biggest try, for the reason when nothing fits
    auto consider = [&](const PlacementChoice& c) {
        if (c.fit == Fit::Tight && !tight)
            tight = c;
        if (!largest || c.npus() > largest->npus())
            largest = c;
        return c.fit == Fit::Fits;
    };
    // Best fit: the node with the fewest free devices that still holds the group packs tightest.
    auto freeCount = [&](const QString& node) { return int(nodeDevices(node).size()) - int(used.value(node).size()); };
    QStringList byFullness = nodes;
    std::stable_sort(byFullness.begin(), byFullness.end(),
                     [&](const QString& a, const QString& b) { return freeCount(a) < freeCount(b); });
    int maxCount = 0;
    for (const QString& node : nodes)
        maxCount = qMax(maxCount, int(nodeDevices(node).size()));

    // One node first: TP stays on HCCS.
    for (int size : groupSizes(maxCount)) {
        for (const QString& node : std::as_const(byFullness)) {
            const QList<QList<int>> groups = freeGroups(nodeDevices(node), used.value(node), size);
            if (groups.isEmpty())
                continue;
            const PlacementChoice c = m_evaluator.evaluate(d, {project::Placement {node, groups.first()}});
            if (consider(c)) {
                *placeable = true;
                return c;
            }
        }
    }
    // Then several nodes, the same group on each.
    for (int count = 2; count <= nodes.size(); ++count) {
        for (int size : groupSizes(maxCount)) {
            QList<project::Placement> devices;
            for (const QString& node : std::as_const(byFullness)) {
                const QList<QList<int>> groups = freeGroups(nodeDevices(node), used.value(node), size);
                if (!groups.isEmpty())
                    devices << project::Placement {node, groups.first()};
                if (devices.size() == count)
                    break;
            }
            if (devices.size() < count)
                continue;
            // Keep the project's node order in the placement: rank 0 on the first node listed.
            std::sort(devices.begin(), devices.end(), [&](const project::Placement& a, const project::Placement& b) {
                return nodes.indexOf(a.node) < nodes.indexOf(b.node);
            });
            const PlacementChoice c = m_evaluator.evaluate(d, devices);
            if (consider(c)) {
                *placeable = true;
                return c;
            }
        }
    }
    if (tight) {
        *placeable = true;
        return *tight;
    }
    PlacementChoice none = largest.value_or(PlacementChoice {});
    if (!largest)
        none.reason = tr("no free NPUs on %1").arg(nodes.join(QStringLiteral(", ")));
    else
        none.reason
            = tr("fits on no free NPUs; largest try, %n NPU(s): %1", nullptr, largest->npus()).arg(largest->reason);
    return none;
}

PlacementChoice PlacementPlanner::chooseOnNodes(const project::Deployment& deployment, const QStringList& nodes) const
{
    bool placeable = false;
    return choose(deployment, nodes, occupancy(deployment.name), &placeable);
}

QList<project::Placement>
PlacementPlanner::placeFor(const project::Deployment& deployment, int npus, QString* why) const
{
    const Occupancy used = occupancy(deployment.name);
    QStringList nodes; // the deployment's own nodes first, then the others in project order
    for (const project::Placement& p : deployment.placement) {
        if (!nodes.contains(p.node) && m_data.node(p.node))
            nodes << p.node;
    }
    for (const cluster::Node& n : m_data.nodes) {
        if (!nodes.contains(n.name))
            nodes << n.name;
    }
    int maxCount = 0;
    for (const QString& node : std::as_const(nodes))
        maxCount = qMax(maxCount, int(nodeDevices(node).size()));
    // As few nodes as hold the layout, the same number of NPUs on each (the planner models equal nodes).
    for (int count = 1; npus > 0 && maxCount > 0 && count <= nodes.size(); ++count) {
        if (npus % count != 0 || npus / count > maxCount)
            continue;
        QList<project::Placement> devices;
        for (const QString& node : std::as_const(nodes)) {
            // Not where other processes hold the memory the engine needs.
            for (const QList<int>& group : freeGroups(nodeDevices(node), used.value(node), npus / count)) {
                if (deployment::checkMemoryInUse(m_data, deployment, {{node, group}}).isEmpty()) {
                    devices << project::Placement {node, group};
                    break;
                }
            }
            if (devices.size() == count)
                return devices;
        }
    }
    if (why)
        *why = tr("no room for %n NPU(s): not enough free NPUs on the nodes", nullptr, npus);
    return {};
}

QList<AutoPlaceOutcome> PlacementPlanner::autoPlace(const QStringList& deployments) const
{
    QList<const project::Deployment*> todo;
    for (const project::Deployment& d : m_data.deployments) {
        if (deployments.isEmpty() ? d.placedDevices() == 0 : deployments.contains(d.name))
            todo << &d;
    }
    // First fit decreasing: the largest models claim whole groups before small ones split them.
    QHash<QString, double> bytes;
    for (const project::Deployment* d : std::as_const(todo))
        bytes.insert(d->name, weightBytes(*d));
    std::stable_sort(todo.begin(), todo.end(), [&](const project::Deployment* a, const project::Deployment* b) {
        return bytes.value(a->name) > bytes.value(b->name);
    });
    QStringList nodes;
    for (const cluster::Node& n : m_data.nodes)
        nodes << n.name;

    Occupancy used = occupancy({});
    for (const project::Deployment* d : std::as_const(todo)) {
        for (const project::Placement& p : d->placement) {
            for (int device : p.devices)
                used[p.node].remove(device); // being placed again: its old devices are free
        }
    }
    QList<AutoPlaceOutcome> out;
    for (const project::Deployment* d : std::as_const(todo)) {
        AutoPlaceOutcome o;
        o.deployment = d->name;
        o.choice = choose(*d, nodes, used, &o.placed);
        o.reason = o.choice.reason;
        if (o.placed) {
            for (const project::Placement& p : std::as_const(o.choice.placement)) {
                for (int device : p.devices)
                    used[p.node].insert(device);
            }
        }
        out << o;
    }
    return out;
}

} // namespace npufleet::planning
