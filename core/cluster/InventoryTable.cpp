// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cluster/InventoryTable.h"

#include <QCoreApplication>
#include <QStringList>

#include "core/cluster/ClusterText.h"
#include "core/util/TextWidth.h"

namespace npufleet::cluster {

namespace {

template<typename T>
QString number(const std::optional<T>& value)
{
    if (!value)
        return QStringLiteral("-");
    return QString::number(static_cast<double>(*value), 'g', 10);
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString memory(const Accelerator& a)
{
    if (!a.hbmUsedMib && !a.hbmTotalMib)
        return QStringLiteral("-");
    return number(a.hbmUsedMib) + QStringLiteral(" / ") + number(a.hbmTotalMib);
}

QString renderRows(const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = qMax(widths.at(c), util::displayWidth(row.at(c)));
        }
    }
    QString text;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            // Numbers read best right-aligned; names and health left-aligned.
            const bool left = c == 0 || c == 3 || c == 4 || c == 5;
            const QString cell = util::padToWidth(row.at(c), widths.at(c), left);
            line += (c ? QStringLiteral("  ") : QString()) + cell;
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace

QString renderInventoryTable(const QList<Node>& nodes)
{
    QList<QStringList> rows;
    rows << QStringList {ClusterText::tr("NODE"),        ClusterText::tr("NPU"),     ClusterText::tr("CHIP"),
                         ClusterText::tr("NAME"),        ClusterText::tr("HEALTH"),  ClusterText::tr("BUS-ID"),
                         ClusterText::tr("POWER(W)"),    ClusterText::tr("TEMP(C)"), ClusterText::tr("AICORE(%)"),
                         ClusterText::tr("MEMORY(MiB)"), ClusterText::tr("PROCS")};
    QStringList summaries;
    for (const Node& node : nodes) {
        const QList<Accelerator> accelerators = node.accelerators();
        int unhealthy = 0;
        for (const Accelerator& a : accelerators) {
            if (!a.health.isEmpty() && !a.isHealthy())
                ++unhealthy;
            rows << QStringList {node.name,
                                 QString::number(a.index),
                                 QString::number(a.chip),
                                 orDash(a.name),
                                 orDash(a.health),
                                 orDash(a.busId),
                                 number(a.powerW),
                                 number(a.tempC),
                                 number(a.aicorePct),
                                 memory(a),
                                 QString::number(a.processes.size())};
        }
        summaries << ClusterText::tr("%1: %n accelerator(s), %2 not OK", nullptr, int(accelerators.size()))
                         .arg(node.name.isEmpty() ? node.host : node.name)
                         .arg(unhealthy);
    }
    return renderRows(rows) + QLatin1Char('\n') + summaries.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace npufleet::cluster
