// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cluster/Accelerator.h"

#include <QCoreApplication>
#include <algorithm>

namespace npufleet::cluster {

QString vendorKey(Vendor vendor)
{
    return vendor == Vendor::Nvidia ? QStringLiteral("nvidia") : QStringLiteral("ascend");
}

std::optional<Vendor> vendorFromKey(const QString& key)
{
    if (key.compare(QLatin1String("ascend"), Qt::CaseInsensitive) == 0)
        return Vendor::Ascend;
    if (key.compare(QLatin1String("nvidia"), Qt::CaseInsensitive) == 0)
        return Vendor::Nvidia;
    return std::nullopt;
}

bool Accelerator::isHealthy() const
{
    return health.compare(QLatin1String("OK"), Qt::CaseInsensitive) == 0;
}

qint64 Accelerator::heldMib() const
{
    if (processes.isEmpty())
        return hbmUsedMib ? std::max<qint64>(0, *hbmUsedMib - kIdleBaselineMib) : 0;
    qint64 held = 0;
    for (const AcceleratorProcess& p : processes)
        held += p.memoryMib.value_or(0);
    return held;
}

qint64 Accelerator::wantedMib(double utilization) const
{
    return hbmTotalMib ? qint64(utilization * double(*hbmTotalMib)) : 0;
}

bool Accelerator::roomFor(double utilization) const
{
    return !hbmTotalMib || *hbmTotalMib - heldMib() >= wantedMib(utilization);
}

QString Accelerator::label() const
{
    const QString kind = vendor == Vendor::Nvidia ? QCoreApplication::translate("npufleet::cluster", "GPU %1")
                                                  : QCoreApplication::translate("npufleet::cluster", "NPU %1");
    QString text = kind.arg(index);
    if (chip > 0)
        text += QCoreApplication::translate("npufleet::cluster", " chip %1").arg(chip);
    return text;
}

} // namespace npufleet::cluster
