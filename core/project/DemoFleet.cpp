// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/DemoFleet.h"

#include <QFile>
#include <QString>

namespace npufleet::project {

namespace {

constexpr int kRackSize = 16;

// Which nodes misbehave: spread over the fleet, the same ones every time.
QString faultOf(int index)
{
    if (index % 37 == 22)
        return QStringLiteral("npu-alarm");
    if (index % 61 == 40)
        return QStringLiteral("unreachable");
    return {};
}

QByteArray nodeYaml(int index)
{
    const QString name = QStringLiteral("fleet-%1").arg(index + 1, 3, 10, QLatin1Char('0'));
    const int rack = index / kRackSize;
    const QString host = QStringLiteral("10.40.%1.%2").arg(rack).arg(11 + index % kRackSize);
    const bool big = index % 4 == 3; // 800T A2, 64 GB NPUs
    QString line
        = QStringLiteral("    - {name: %1, host: %2, user: root, role: %3, labels: [rack-%4], "
                         "cluster_interface: enp189s0f0, "
                         "interfaces: [{name: enp189s0f0, address: %2/24}], "
                         "hardware: {server: %5, cpu: Kunpeng 920, os: openEuler 22.03 (LTS-SP1), "
                         "vendor: ascend, chip: %6, count: 8, memory_gib: %7}, "
                         "simulation: %8, simulation_seed: %9")
              .arg(name, host, index == 0 ? QStringLiteral("head") : QStringLiteral("worker"))
              .arg(rack + 1, 2, 10, QLatin1Char('0'))
              .arg(big ? QStringLiteral("Atlas 800T A2") : QStringLiteral("Atlas 800I A2"),
                   big ? QStringLiteral("910B3") : QStringLiteral("910B4"))
              .arg(big ? 64 : 32)
              .arg(big ? QStringLiteral("npu-smi-910B3-64G-busy.txt") : QStringLiteral("npu-smi-910B4-32G-idle.txt"))
              .arg(index + 1);
    if (const QString fault = faultOf(index); !fault.isEmpty())
        line += QStringLiteral(", simulation_fault: ") + fault;
    return line.toUtf8() + "}\n";
}

} // namespace

int fleetDemoSize(const QString& name)
{
    if (name == QLatin1String("fleet-64"))
        return 64;
    if (name == QLatin1String("fleet-256"))
        return 256;
    return 0;
}

QByteArray fleetProjectYaml(int nodes)
{
    QFile file(QStringLiteral(":/demo/fleet-template.yaml.in"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = file.readAll();
    QByteArray list;
    QByteArrayList clients;
    for (int i = 0; i < nodes; ++i) {
        list += nodeYaml(i);
        if (i > 0)
            clients << QStringLiteral("fleet-%1").arg(i + 1, 3, 10, QLatin1Char('0')).toUtf8();
    }
    list.chop(1);
    text.replace("@NODES@", list);
    text.replace("@CLIENTS@", clients.join(", "));
    text.replace("@COUNT@", QByteArray::number(nodes));
    return text;
}

} // namespace npufleet::project
