// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where the TP groups sit: a group's all-reduce wants one node and neighbouring NPUs.
#include <algorithm>

#include "core/deployment/RuleFamilies.h"

namespace npufleet::deployment {

bool wantsContiguous(project::Engine engine)
{
    // HCCS rings want neighbouring Ascend NPUs; CUDA and GPUStack place devices themselves.
    return project::isAscend(engine) && engine != project::Engine::GpuStack;
}

void checkTopology(const project::Deployment& d, QList<RuleViolation>& out)
{
    struct Rank
    {
        QString node;
        int device = 0;
    };
    QList<Rank> ranks;
    for (const project::Placement& p : d.placement) {
        for (int device : p.devices)
            ranks << Rank {p.node, device};
    }
    // TP groups are consecutive ranks, in placement order.
    const int tp = qMax(1, d.layout.tp);
    for (qsizetype first = 0; tp > 1 && first + tp <= ranks.size(); first += tp) {
        QStringList nodes;
        QList<int> devices;
        for (const Rank& r : ranks.mid(first, tp)) {
            if (!nodes.contains(r.node))
                nodes << r.node;
            devices << r.device;
        }
        if (nodes.size() > 1) {
            out << violation(
                "tp-crosses-nodes", d, {},
                RuleText::tr("a TP %1 group spans %2: its all-reduce runs over RoCE, much slower than HCCS")
                    .arg(tp)
                    .arg(nodes.join(QStringLiteral(", "))),
                RuleText::tr("place each TP group on one node; spread across nodes with DP or PP"));
            continue;
        }
        if (!wantsContiguous(d.engine))
            continue;
        std::sort(devices.begin(), devices.end());
        const bool consecutive = devices.last() - devices.first() == tp - 1;
        const bool straddles = tp <= 4 && devices.first() / 4 != devices.last() / 4;
        if (!consecutive || straddles)
            out << violation("tp-not-contiguous", d, nodes.first(),
                             RuleText::tr("TP group on %1 uses NPUs %2; keep a TP group on consecutive NPUs inside "
                                          "0-3 or 4-7")
                                 .arg(nodes.first(), deviceList(devices)),
                             {}, devices);
    }
}

} // namespace npufleet::deployment
