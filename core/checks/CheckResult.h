// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace npufleet::checks {

enum class Severity { Pass, Warning, Error };

QString severityKey(Severity severity); // "pass" | "warning" | "error"

// The outcome of one check on one node (or on the cluster, node empty).
struct CheckResult
{
    QString id; // stable check id: "npu-link", "host-nic", ... (see CheckCatalog)
    QString node;
    Severity severity = Severity::Pass;
    QString title; // the check's name, translated
    QString summary; // what was found, one line
    QString evidence; // the raw output it was judged on
    QString fix; // what to do, in words; empty when it passed
    QVariantMap facts; // values learned for later use, e.g. HCCL_SOCKET_IFNAME for this node
};

Severity worstSeverity(const QList<CheckResult>& results);

} // namespace npufleet::checks

Q_DECLARE_METATYPE(npufleet::checks::CheckResult)
