// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recipes/RankTable.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/recipes/RecipeText.h"

namespace npufleet::recipes {

QString npuAddressProblem(const QString& address)
{
    if (address.trimmed().isEmpty())
        return RecipeText::tr("no address recorded");
    const QHostAddress a(address.trimmed());
    if (a.protocol() != QAbstractSocket::IPv4Protocol)
        return RecipeText::tr("\"%1\" is not an IPv4 address").arg(address);
    if (a.isNull() || a == QHostAddress(QHostAddress::AnyIPv4) || a.isLoopback() || a.isBroadcast() || a.isMulticast())
        return RecipeText::tr("\"%1\" is no address an NPU can be reached at").arg(address);
    return {};
}

Result<QByteArray> rankTable(const RecipeContext& c)
{
    QJsonArray servers;
    int rank = 0;
    for (const PlacedNode& pn : c.placed) {
        QJsonArray devices;
        for (int d : pn.devices) {
            const QString address = pn.node.npuAddresses.value(d);
            if (const QString why = npuAddressProblem(address); !why.isEmpty())
                return c.error(RecipeText::tr("node %1, NPU %2: %3 for the rank table's device_ip")
                                   .arg(pn.node.name)
                                   .arg(d)
                                   .arg(why),
                               pn.node.name,
                               RecipeText::tr("read it on the node with `hccn_tool -i %1 -ip -g` (set one with "
                                              "`hccn_tool -i %1 -ip -s address A netmask M`), then record it: "
                                              "npufleet node set --project P --name %2 --npu-address %1=A")
                                   .arg(d)
                                   .arg(pn.node.name));
            // device_id is the NPU's physical id; ranks follow the servers' order.
            devices << QJsonObject {{QStringLiteral("device_id"), QString::number(d)},
                                    {QStringLiteral("device_ip"), address.trimmed()},
                                    {QStringLiteral("rank_id"), QString::number(rank++)}};
        }
        const QString ip = pn.node.clusterAddress();
        servers << QJsonObject {{QStringLiteral("server_id"), ip},
                                {QStringLiteral("container_ip"), ip},
                                {QStringLiteral("device"), devices}};
    }
    const QJsonObject root {{QStringLiteral("version"), QStringLiteral("1.0")},
                            {QStringLiteral("server_count"), QString::number(c.placed.size())},
                            {QStringLiteral("server_list"), servers},
                            {QStringLiteral("status"), QStringLiteral("completed")}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace npufleet::recipes
