// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include "core/checks/CheckResult.h"
#include "core/checks/ClusterChecks.h"

namespace npufleet::checks {

// Everything one pre-flight found.
struct PreflightReport
{
    QString deployment;
    QStringList nodes; // head first
    QList<CheckResult> results; // merged: one per (check, node)
    QList<PingCell> pings;
    bool cancelled = false;

    Severity worst() const { return worstSeverity(results); }
    int count(Severity severity) const;
    const CheckResult* result(const QString& id, const QString& node) const;
    // Nodes that could not run commands (their SSH check failed): those a retry asks again.
    QStringList unansweredNodes() const;
    // The network block for a node from facts (host-nic): HCCL_IF_IP, HCCL/GLOO/TP_SOCKET_IFNAME.
    QList<QPair<QString, QString>> networkEnvironment(const QString& node) const;
};

// {"deployment","nodes":[…],"summary":{"pass","warning","error"},"results":[{"id","node","severity","title",
//  "summary","evidence","fix","facts"}],"ping_matrix":[{"from","from_npu","to","to_npu","address","state",
//  "loss_percent"}],"cancelled"}
QByteArray renderPreflightJson(const PreflightReport& report);
// A table of node, check, result and summary, then the fix for each warning and error.
QString renderPreflightText(const PreflightReport& report);

} // namespace npufleet::checks

Q_DECLARE_METATYPE(npufleet::checks::PreflightReport)
