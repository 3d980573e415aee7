// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QStringList>

class QModelIndex;
class QPainter;
class QRectF;

namespace npufleet::ui {

// One NPU tile's HBM as the board draws it: what other processes hold (live inventory), then the owning
// deployment's weights, KV cache and overhead, then what is free.
struct TileMemory
{
    Q_DECLARE_TR_FUNCTIONS(npufleet::ui::TileMemory)

public:
    double total = 0;
    double held = 0; // by processes outside the project
    double weights = 0;
    double kv = 0;
    double overhead = 0;
    bool owned = false;
    bool estimated = false;

    static TileMemory of(const QModelIndex& npu); // from BoardModel's roles

    double used() const { return held + (estimated ? weights + kv + overhead : 0); }
    void paintBar(QPainter& p, const QRectF& bar, const QColor& color) const;
    QStringList figures() const; // the tile's line under the bar, longest first
};

} // namespace npufleet::ui
