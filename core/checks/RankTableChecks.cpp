// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// rank-table: the NPU addresses a rank table will be made of (the project's recorded hccn facts) against what
// `hccn_tool -i N -ip -g` answers on the node now.
#include <QCoreApplication>

#include "core/checks/CheckCatalog.h"
#include "core/checks/HccnParsers.h"
#include "core/checks/NodeChecks.h"
#include "core/checks/PreflightText.h"
#include "core/recipes/RankTable.h"

namespace npufleet::checks {

QList<CheckResult> checkRankTable(const PreflightPlan& plan, const PlannedNode& pn, const NodeFacts& facts)
{
    if (!plan.rankTable) // only MindIE across nodes reads a rank table
        return {CheckCatalog::make(QStringLiteral("rank-table"), pn.node.name, Severity::Pass,
                                   PreflightText::tr("no rank table: this deployment does not use one"), {}, {})};
    QStringList wrong;
    QString evidence;
    for (int d : pn.devices) {
        const CommandOutput* ip = facts.output(npuKey("ip", d));
        const auto live = ip && ip->ok() ? hccn::ipConfig(ip->standardOutput) : std::nullopt;
        const QString recorded = pn.node.npuAddresses.value(d);
        evidence += QStringLiteral("NPU %1: %2 / %3\n")
                        .arg(d)
                        .arg(recorded.isEmpty() ? QStringLiteral("-") : recorded,
                             live ? live->address : (ip ? ip->evidence() : QStringLiteral("-")));
        if (const QString why = recipes::npuAddressProblem(recorded); !why.isEmpty())
            wrong << PreflightText::tr("NPU %1: %2 in the project").arg(d).arg(why);
        else if (!live)
            wrong << PreflightText::tr("NPU %1: hccn_tool reports no address").arg(d);
        else if (live->address != recorded.trimmed())
            wrong << PreflightText::tr("NPU %1: the rank table would say %2, the NPU has %3")
                         .arg(d)
                         .arg(recorded, live->address);
    }
    if (wrong.isEmpty())
        return {CheckCatalog::make(QStringLiteral("rank-table"), pn.node.name, Severity::Pass,
                                   PreflightText::tr("the rank table's addresses match hccn_tool on %n NPU(s)", nullptr,
                                                     int(pn.devices.size())),
                                   evidence.trimmed(), {})};
    return {CheckCatalog::make(
        QStringLiteral("rank-table"), pn.node.name, Severity::Error, wrong.join(QStringLiteral("; ")),
        evidence.trimmed(),
        PreflightText::tr("Record each NPU's address as the node reports it (hccn_tool -i N -ip -g): npufleet node "
                          "set --project P --name %1 --npu-address N=A, then export again so that hccl.json "
                          "carries it.")
            .arg(pn.node.name))};
}

} // namespace npufleet::checks
