// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assign/TileMemory.h"

#include <QModelIndex>
#include <QPainter>
#include <QPainterPath>

#include "core/planning/Units.h"

#include "ui/assign/BoardColors.h"
#include "ui/assign/BoardModel.h"

namespace npufleet::ui {

using namespace board;

namespace {
QString gib(double bytes)
{
    return QString::number(bytes / planning::kGiB, 'f', bytes >= 100 * planning::kGiB ? 0 : 1);
}
} // namespace

TileMemory TileMemory::of(const QModelIndex& npu)
{
    TileMemory m;
    m.total = npu.data(BoardModel::TotalBytesRole).toDouble();
    m.held = npu.data(BoardModel::HeldBytesRole).toDouble();
    m.weights = npu.data(BoardModel::WeightBytesRole).toDouble();
    m.kv = npu.data(BoardModel::KvBytesRole).toDouble();
    m.overhead = npu.data(BoardModel::OverheadBytesRole).toDouble();
    m.owned = !npu.data(BoardModel::OwnerRole).toString().isEmpty();
    m.estimated = npu.data(BoardModel::EstimatedRole).toBool();
    return m;
}

void TileMemory::paintBar(QPainter& p, const QRectF& bar, const QColor& color) const
{
    p.setPen(Qt::NoPen);
    p.setBrush(kFreeBar);
    p.drawRoundedRect(bar, 3, 3);
    if (total <= 0 || (held <= 0 && !estimated))
        return;
    const double scale = bar.width() / qMax(total, used());
    QColor light = color;
    light.setAlpha(110);
    double x = bar.left();
    p.save();
    QPainterPath clip;
    clip.addRoundedRect(bar, 3, 3);
    p.setClipPath(clip);
    QList<std::pair<double, QBrush>> parts {{held, QBrush(kHeld)}};
    if (estimated)
        parts << std::pair {weights, QBrush(color)} << std::pair {kv, QBrush(light)}
              << std::pair {overhead, QBrush(kOverhead)};
    for (const auto& [bytes, brush] : parts) {
        p.fillRect(QRectF(x, bar.top(), bytes * scale, bar.height()), brush);
        x += bytes * scale;
    }
    if (used() > total)
        p.fillRect(QRectF(bar.left() + total * scale, bar.top(), x - bar.left() - total * scale, bar.height()),
                   QBrush(kError, Qt::BDiagPattern));
    p.restore();
}

QStringList TileMemory::figures() const
{
    const QString others = held > 0 ? tr("others %1").arg(gib(held)) : QString();
    if (!owned) {
        if (total <= 0)
            return {QString()};
        if (held <= 0)
            return {tr("%1 GiB free").arg(gib(total))};
        return {tr("others %1 · free %2 GiB").arg(gib(held), gib(total - held)), others};
    }
    if (!estimated)
        return held > 0 ? QStringList {tr("%1 · memory unknown").arg(others), tr("memory unknown")}
                        : QStringList {tr("memory unknown")};
    if (used() > total)
        return held > 0 ? QStringList {tr("%1 · over by %2 GiB").arg(others, gib(used() - total)),
                                       tr("over by %1 GiB").arg(gib(used() - total))}
                        : QStringList {tr("over by %1 GiB").arg(gib(used() - total))};
    return {tr("W %1 · KV %2 · free %3").arg(gib(weights), gib(kv), gib(total - used())),
            tr("W %1 · KV %2").arg(gib(weights), gib(kv)), tr("%1+%2").arg(gib(weights), gib(kv))};
}

} // namespace npufleet::ui
