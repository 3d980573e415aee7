// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cluster/NpuSmiRows.h"

#include <QCoreApplication>

#include "core/cluster/ClusterText.h"
#include "core/cluster/SmiTable.h"

namespace npufleet::cluster::npusmirows {

namespace {

using namespace smitable;

// The value of the first of these fields that the row has.
QString field(const Fields& fields, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        const auto it = fields.constFind(QLatin1String(name));
        if (it != fields.constEnd())
            return it.value();
    }
    return {};
}

QString npuIdOf(const Fields& fields)
{
    return field(fields, {"npu", "npu id"});
}

std::optional<double> number(const Fields& fields, const char* column, int line, QStringList* warnings)
{
    const QString value = field(fields, {column});
    bool ok = false;
    const std::optional<double> n = toNumber(value, &ok);
    if (!ok)
        *warnings << lineWarning(
            line, ClusterText::tr("'%1' is not a number (%2); left empty").arg(value, QLatin1String(column)));
    return n;
}

UsedTotal usedTotal(const Fields& fields, const char* column, int line, QStringList* warnings)
{
    const QString value = field(fields, {column});
    bool ok = false;
    const UsedTotal u = toUsedTotal(value, &ok);
    if (ok)
        return u;
    *warnings << lineWarning(
        line, ClusterText::tr("'%1' is not 'used / total' (%2); left empty").arg(value, QLatin1String(column)));
    return {};
}

} // namespace

QString lineWarning(int line, const QString& message)
{
    return ClusterText::tr("line %1: %2").arg(line).arg(message);
}

std::optional<Accelerator> chipFromRows(const Fields& fields, int line, int secondLine, QStringList* warnings)
{
    Accelerator a;
    a.vendor = Vendor::Ascend;
    bool ok = false;
    const QString npu = npuIdOf(fields);
    a.index = npu.toInt(&ok);
    if (!ok || a.index < 0) {
        *warnings << lineWarning(line, ClusterText::tr("expected an NPU id, found '%1'; the row is left out").arg(npu));
        return std::nullopt;
    }
    a.name = field(fields, {"name"});
    a.health = valueTokens(field(fields, {"health"})).value(0);
    a.powerW = number(fields, "power(w)", line, warnings);
    a.tempC = number(fields, "temp(c)", line, warnings);
    if (secondLine == 0)
        return a; // the caller says which chip it must be

    const QString chip = field(fields, {"chip", "chip id"});
    if (!isMissing(chip)) {
        a.chip = chip.toInt(&ok);
        if (!ok || a.chip < 0) {
            *warnings << lineWarning(secondLine, ClusterText::tr("expected a chip id, found '%1'").arg(chip));
            a.chip = -1; // the caller counts it as a row without its chip id
        }
    }
    const QString bus = field(fields, {"bus-id"});
    a.busId = isMissing(bus) ? QString() : bus;
    a.aicorePct = number(fields, "aicore(%)", secondLine, warnings);

    // Models use HBM when the chip has it, else the DDR that Memory-Usage shows (310P, 310).
    const bool hasHbm = fields.contains(QStringLiteral("hbm-usage(mb)"));
    const UsedTotal hbm = usedTotal(fields, "hbm-usage(mb)", secondLine, warnings);
    const UsedTotal ddr = usedTotal(fields, "memory-usage(mb)", secondLine, warnings);
    const UsedTotal& memory = (hasHbm && (hbm.total.value_or(0) > 0 || ddr.total.value_or(0) <= 0)) ? hbm : ddr;
    a.hbmUsedMib = memory.used;
    a.hbmTotalMib = memory.total;
    return a;
}

std::optional<ProcessRow> processFromRow(const Fields& fields, int line, QStringList* warnings)
{
    ProcessRow row;
    bool ok = false;
    const QString npu = npuIdOf(fields);
    row.npu = npu.toInt(&ok);
    if (!ok) {
        *warnings << lineWarning(
            line, ClusterText::tr("expected an NPU id in the process table, found '%1'; the row is left out").arg(npu));
        return std::nullopt;
    }
    const QString chip = field(fields, {"chip", "chip id"});
    if (!isMissing(chip)) {
        row.process.chip = chip.toInt(&ok);
        if (!ok) {
            *warnings << lineWarning(
                line,
                ClusterText::tr("expected a chip id in the process table, found '%1'; the row is left out").arg(chip));
            return std::nullopt;
        }
    }
    const QString pid = field(fields, {"process id"});
    row.process.pid = pid.toLongLong(&ok);
    if (!ok) {
        *warnings << lineWarning(line,
                                 ClusterText::tr("expected a process id, found '%1'; the row is left out").arg(pid));
        return std::nullopt;
    }
    row.process.name = field(fields, {"process name"});
    const QString memory = field(fields, {"process memory(mb)"});
    row.process.memoryMib = toInteger(memory, &ok);
    if (!ok)
        *warnings << lineWarning(line, ClusterText::tr("'%1' is not a process memory size; left empty").arg(memory));
    return row;
}

} // namespace npufleet::cluster::npusmirows
