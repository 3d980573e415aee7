// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/Conflicts.h"

#include <QMap>
#include <QSet>
#include <algorithm>

#include "core/planning/PlanInput.h"
#include "core/planning/Planner.h"
#include "core/planning/Units.h"

namespace npufleet::planning {

namespace {

QString deviceList(const QList<int>& devices)
{
    QStringList parts;
    for (int d : devices)
        parts << QString::number(d);
    return parts.join(QStringLiteral(", "));
}

struct Rank
{
    QString node;
    int device = 0;
};

QList<Rank> ranksOf(const project::Deployment& d)
{
    QList<Rank> ranks;
    for (const project::Placement& p : d.placement) {
        for (int device : p.devices)
            ranks << Rank {p.node, device};
    }
    return ranks;
}

} // namespace

QList<Conflict> ConflictReport::at(const QString& node, int device) const
{
    QList<Conflict> out;
    for (const Conflict& c : conflicts) {
        if (c.node.isEmpty() ? std::any_of(
                uses.cbegin(), uses.cend(),
                [&](const NpuUse& u) { return u.deployment == c.deployment && u.node == node && u.device == device; })
                             : (c.node == node && c.devices.contains(device)))
            out << c;
    }
    return out;
}

QList<NpuUse> ConflictReport::usesAt(const QString& node, int device) const
{
    QList<NpuUse> out;
    for (const NpuUse& u : uses) {
        if (u.node == node && u.device == device)
            out << u;
    }
    return out;
}

int ConflictReport::count(Severity severity) const
{
    return int(
        std::count_if(conflicts.cbegin(), conflicts.cend(), [&](const Conflict& c) { return c.severity == severity; }));
}

QString ConflictDetector::kindKey(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::NpuUsedTwice:
        return QStringLiteral("npu-used-twice");
    case ConflictKind::UnknownDevice:
        return QStringLiteral("unknown-device");
    case ConflictKind::HbmOverBudget:
        return QStringLiteral("hbm-over-budget");
    case ConflictKind::TpIndivisibleHeads:
        return QStringLiteral("tp-indivisible-heads");
    case ConflictKind::TpCrossesNodes:
        return QStringLiteral("tp-crosses-nodes");
    case ConflictKind::NotContiguous:
        return QStringLiteral("not-contiguous");
    case ConflictKind::LayoutMismatch:
        return QStringLiteral("layout-mismatch");
    case ConflictKind::ModelUnavailable:
        return QStringLiteral("model-unavailable");
    case ConflictKind::Unplaced:
        return QStringLiteral("unplaced");
    }
    return {};
}

bool ConflictDetector::wantsContiguous(project::Engine engine)
{
    // HCCS rings want neighbouring Ascend NPUs; CUDA and GPUStack place devices themselves.
    return project::traits(engine).hardware == project::Hardware::Ascend && engine != project::Engine::GpuStack;
}

ConflictReport ConflictDetector::check(const project::ProjectData& data)
{
    ConflictReport report;
    auto add = [&](ConflictKind kind, Severity severity, const QString& deployment, const QString& node,
                   const QList<int>& devices, const QString& message, const QString& other = {}) {
        report.conflicts << Conflict {kind, severity, deployment, other, node, devices, message};
    };

    // Who holds each device, in project order: the second holder onwards is a conflict.
    QMap<QPair<QString, int>, QStringList> holders;
    for (const project::Deployment& d : data.deployments) {
        if (d.placedDevices() == 0) {
            add(ConflictKind::Unplaced, Severity::Info, d.name, {}, {},
                tr("%1 is not placed: drop it on NPUs, use Assign to… or Auto-place").arg(d.name));
            continue;
        }
        for (const project::Placement& p : d.placement) {
            const cluster::Node* node = data.node(p.node);
            QSet<int> exists;
            if (node) {
                for (const cluster::Accelerator& a : node->accelerators())
                    exists.insert(a.index);
            }
            QList<int> missing;
            for (int device : p.devices) {
                holders[{p.node, device}] << d.name;
                if (!exists.contains(device))
                    missing << device;
            }
            if (!node)
                add(ConflictKind::UnknownDevice, Severity::Error, d.name, p.node, p.devices,
                    tr("%1 is placed on node %2, which the cluster does not have").arg(d.name, p.node));
            else if (!missing.isEmpty())
                add(ConflictKind::UnknownDevice, Severity::Error, d.name, p.node, missing,
                    tr("%1 uses device(s) %2 that node %3 does not have").arg(d.name, deviceList(missing), p.node));
        }
    }
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        const QStringList& names = it.value();
        for (qsizetype i = 1; i < names.size(); ++i) {
            const QString message = names.at(i) == names.first()
                ? tr("%1 lists NPU %2 of %3 twice").arg(names.first()).arg(it.key().second).arg(it.key().first)
                : tr("NPU %1 of %2 is used by both %3 and %4")
                      .arg(it.key().second)
                      .arg(it.key().first, names.first(), names.at(i));
            add(ConflictKind::NpuUsedTwice, Severity::Error, names.at(i), it.key().first, {it.key().second}, message,
                names.first());
        }
    }

    for (const project::Deployment& d : data.deployments) {
        if (d.placedDevices() == 0)
            continue;
        const QList<Rank> ranks = ranksOf(d);
        const int tp = qMax(1, d.layout.tp);
        if (d.layout.npus() != int(ranks.size()))
            add(ConflictKind::LayoutMismatch, Severity::Error, d.name, {}, {},
                tr("%1: TP %2 x PP %3 x DP %4 = %5 NPUs, but %6 are placed")
                    .arg(d.name)
                    .arg(d.layout.tp)
                    .arg(d.layout.pp)
                    .arg(d.layout.dp)
                    .arg(d.layout.npus())
                    .arg(ranks.size()));
        // TP groups are consecutive ranks, in placement order.
        for (qsizetype first = 0; tp > 1 && first + tp <= ranks.size(); first += tp) {
            const QList<Rank> group = ranks.mid(first, tp);
            QStringList nodes;
            QList<int> devices;
            for (const Rank& r : group) {
                if (!nodes.contains(r.node))
                    nodes << r.node;
                devices << r.device;
            }
            if (nodes.size() > 1) {
                add(ConflictKind::TpCrossesNodes, Severity::Warning, d.name, {}, {},
                    tr("%1: a TP %2 group spans %3: its all-reduce runs over RoCE, much slower than HCCS")
                        .arg(d.name)
                        .arg(tp)
                        .arg(nodes.join(QStringLiteral(", "))));
                continue;
            }
            if (!wantsContiguous(d.engine))
                continue;
            std::sort(devices.begin(), devices.end());
            const bool consecutive = devices.last() - devices.first() == tp - 1;
            const bool straddles = tp <= 4 && devices.first() / 4 != devices.last() / 4;
            if (!consecutive || straddles)
                add(ConflictKind::NotContiguous, Severity::Warning, d.name, nodes.first(), devices,
                    tr("%1: TP group on %2 uses NPUs %3; keep a TP group on consecutive NPUs inside 0-3 or 4-7")
                        .arg(d.name, nodes.first(), deviceList(devices)));
        }

        // Memory: the planner's estimate for the layout as saved.
        const PlanInput in = PlanInputResolver::resolve(data, d.name, false);
        QList<NpuUse> uses;
        for (const Rank& r : ranks)
            uses << NpuUse {r.node, r.device, d.name};
        if (!in.error.isEmpty() || !in.model) {
            add(ConflictKind::ModelUnavailable, Severity::Warning, d.name, {}, {},
                tr("%1: memory not estimated: %2").arg(d.name, in.error));
            report.uses << uses;
            continue;
        }
        const int heads = in.model->spec.numHeads;
        if (heads > 0 && heads % tp != 0)
            add(ConflictKind::TpIndivisibleHeads, Severity::Error, d.name, {}, {},
                tr("%1: TP %2 does not divide the model's %3 attention heads").arg(d.name).arg(tp).arg(heads));
        if (d.layout.npus() != int(ranks.size()) || d.layout.tp < 1 || d.layout.pp < 1 || d.layout.dp < 1) {
            report.uses << uses;
            continue;
        }
        const Planner planner(*in.model, in.options);
        const PlanResult plan = planner.evaluate(in.current);
        const MemoryEstimator& est = planner.estimator();
        const Layout& l = plan.layout;
        const double common = est.activationBytes(l) + est.nonTorchBytes(l);
        for (int rank = 0; rank < uses.size(); ++rank) {
            NpuUse& u = uses[rank];
            const int stage = (rank % (l.tp * l.pp)) / l.tp;
            u.estimated = true;
            u.weightBytes = est.weightBytes(l, stage);
            u.kvBytes = double(qMax<qint64>(0, plan.memory.kvTokens)) * est.kvBytesPerToken(l, stage);
            u.overheadBytes = common + est.graphBytes(l, stage);
            u.totalBytes = in.options.hbmGib * kGiB;
        }
        report.uses << uses;
        if (!plan.fits() && plan.memory.shortBytes > 0)
            add(ConflictKind::HbmOverBudget, Severity::Error, d.name, {}, {},
                tr("%1: over the HBM budget by %2 GiB per NPU (weights %3 GiB per NPU)")
                    .arg(d.name)
                    .arg(plan.shortGib(), 0, 'f', 2)
                    .arg(plan.weightsGib(), 0, 'f', 2));
    }
    std::stable_sort(report.conflicts.begin(), report.conflicts.end(),
                     [](const Conflict& a, const Conflict& b) { return int(a.severity) < int(b.severity); });
    return report;
}

} // namespace npufleet::planning
