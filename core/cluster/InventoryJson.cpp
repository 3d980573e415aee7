// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cluster/InventoryJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace npufleet::cluster {

namespace {

template<typename T>
QJsonValue orNull(const std::optional<T>& value)
{
    return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject acceleratorToJson(const Accelerator& a)
{
    QJsonArray processes;
    for (const AcceleratorProcess& p : a.processes) {
        processes.append(QJsonObject {{QStringLiteral("pid"), static_cast<double>(p.pid)},
                                      {QStringLiteral("name"), textOrNull(p.name)},
                                      {QStringLiteral("memory_mib"), orNull(p.memoryMib)}});
    }
    return QJsonObject {{QStringLiteral("index"), a.index},
                        {QStringLiteral("chip"), a.chip},
                        {QStringLiteral("vendor"), vendorKey(a.vendor)},
                        {QStringLiteral("name"), textOrNull(a.name)},
                        {QStringLiteral("health"), textOrNull(a.health)},
                        {QStringLiteral("bus_id"), textOrNull(a.busId)},
                        {QStringLiteral("power_w"), orNull(a.powerW)},
                        {QStringLiteral("temp_c"), orNull(a.tempC)},
                        {QStringLiteral("hbm_used_mib"), orNull(a.hbmUsedMib)},
                        {QStringLiteral("hbm_total_mib"), orNull(a.hbmTotalMib)},
                        {QStringLiteral("aicore_pct"), orNull(a.aicorePct)},
                        {QStringLiteral("processes"), processes}};
}

QJsonObject inventoryToJson(const QList<Node>& nodes)
{
    QJsonArray list;
    for (const Node& node : nodes) {
        QJsonArray accelerators;
        for (const Accelerator& a : node.accelerators())
            accelerators.append(acceleratorToJson(a));
        list.append(QJsonObject {{QStringLiteral("name"), node.name},
                                 {QStringLiteral("host"), node.host},
                                 {QStringLiteral("accelerators"), accelerators},
                                 {QStringLiteral("warnings"), QJsonArray::fromStringList(node.live.warnings)}});
    }
    return QJsonObject {{QStringLiteral("nodes"), list}};
}

QByteArray renderInventoryJson(const QList<Node>& nodes)
{
    return QJsonDocument(inventoryToJson(nodes)).toJson(QJsonDocument::Indented);
}

} // namespace npufleet::cluster
