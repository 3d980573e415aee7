// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/CheckCatalog.h"

#include <QHash>

namespace npufleet::checks {

const QStringList& CheckCatalog::ids()
{
    static const QStringList list {
        QStringLiteral("ssh"),
        QStringLiteral("clock"),
        QStringLiteral("npu-health"),
        QStringLiteral("npu-memory"),
        QStringLiteral("npu-processes"),
        QStringLiteral("npu-link"),
        QStringLiteral("npu-net-health"),
        QStringLiteral("npu-ip"),
        QStringLiteral("npu-gateway"),
        QStringLiteral("npu-lldp"),
        QStringLiteral("hccn-conf"),
        QStringLiteral("npu-ping"),
        QStringLiteral("rank-table"),
        QStringLiteral("host-nic"),
        QStringLiteral("docker-engine"),
        QStringLiteral("docker-image"),
        QStringLiteral("npu-access"),
        QStringLiteral("shm-size"),
        QStringLiteral("firewalld"),
        QStringLiteral("ports"),
        QStringLiteral("model-files"),
        QStringLiteral("disk-space"),
        QStringLiteral("versions"),
    };
    return list;
}

QString CheckCatalog::title(const QString& id)
{
    static const QHash<QString, const char*> titles {
        {QStringLiteral("ssh"), QT_TR_NOOP("SSH access")},
        {QStringLiteral("clock"), QT_TR_NOOP("Clock")},
        {QStringLiteral("npu-health"), QT_TR_NOOP("NPUs present and healthy")},
        {QStringLiteral("npu-memory"), QT_TR_NOOP("HBM free")},
        {QStringLiteral("npu-processes"), QT_TR_NOOP("Other processes on the NPUs")},
        {QStringLiteral("npu-link"), QT_TR_NOOP("NPU links")},
        {QStringLiteral("npu-net-health"), QT_TR_NOOP("NPU network health")},
        {QStringLiteral("npu-ip"), QT_TR_NOOP("NPU addresses")},
        {QStringLiteral("npu-gateway"), QT_TR_NOOP("NPU gateway")},
        {QStringLiteral("npu-lldp"), QT_TR_NOOP("Switch ports (LLDP)")},
        {QStringLiteral("hccn-conf"), QT_TR_NOOP("/etc/hccn.conf")},
        {QStringLiteral("npu-ping"), QT_TR_NOOP("NPU ping to peers")},
        {QStringLiteral("rank-table"), QT_TR_NOOP("Rank table addresses")},
        {QStringLiteral("host-nic"), QT_TR_NOOP("Cluster NIC")},
        {QStringLiteral("docker-engine"), QT_TR_NOOP("Docker engine")},
        {QStringLiteral("docker-image"), QT_TR_NOOP("Image")},
        {QStringLiteral("npu-access"), QT_TR_NOOP("NPUs in containers")},
        {QStringLiteral("shm-size"), QT_TR_NOOP("Shared memory (--shm-size)")},
        {QStringLiteral("firewalld"), QT_TR_NOOP("firewalld")},
        {QStringLiteral("ports"), QT_TR_NOOP("Ports free")},
        {QStringLiteral("model-files"), QT_TR_NOOP("Model files")},
        {QStringLiteral("disk-space"), QT_TR_NOOP("Disk space")},
        {QStringLiteral("versions"), QT_TR_NOOP("Same versions")},
    };
    const auto it = titles.constFind(id);
    return it == titles.constEnd() ? id : tr(it.value());
}

CheckResult CheckCatalog::make(const QString& id,
                               const QString& node,
                               Severity severity,
                               const QString& summary,
                               const QString& evidence,
                               const QString& fix)
{
    CheckResult r;
    r.id = id;
    r.node = node;
    r.severity = severity;
    r.title = title(id);
    r.summary = summary;
    r.evidence = evidence;
    r.fix = severity == Severity::Pass ? QString() : fix;
    return r;
}

} // namespace npufleet::checks
