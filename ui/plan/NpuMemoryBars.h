// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace npufleet::ui {

// One NPU of a layout: how its memory splits. Bytes; free = total - the rest (negative: overflow).
struct NpuBar
{
    QString node; // empty for ranks the placement has no device for
    QString device; // "3"
    int stage = 0; // PP stage
    double weightBytes = 0;
    double kvBytes = 0;
    double overheadBytes = 0; // activation peak + non-torch + graphs
    double totalBytes = 0;
    bool fullest = false; // the NPU the planner's per-NPU figures describe
    double usedBytes() const { return weightBytes + kvBytes + overheadBytes; }
};

// A stacked bar per NPU (weights / KV cache / overhead / free), grouped by node, with a legend
// giving the GiB figures of the fullest NPU and a dashed line at the memory utilization cap.
class NpuMemoryBars : public QWidget
{
    Q_OBJECT
public:
    explicit NpuMemoryBars(QWidget* parent = nullptr);

    void setBars(const QList<NpuBar>& bars, double utilization);
    void setPlaceholder(const QString& text);
    const QList<NpuBar>& bars() const { return m_bars; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry
    {
        QRect legend;
        QRect plot;
        double barWidth = 0;
        double gap = 0;
        double scaleBytes = 0;
    };
    Geometry geometry() const;
    QRectF barRect(const Geometry& g, int i) const;
    int barAt(const QPoint& pos) const;
    void paintLegend(QPainter& p, const QRect& area) const;

    QList<NpuBar> m_bars;
    double m_utilization = 0.9;
    QString m_placeholder;
};

} // namespace npufleet::ui
