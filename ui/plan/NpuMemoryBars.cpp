// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/NpuMemoryBars.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include "core/planning/Units.h"

namespace npufleet::ui {

namespace {
const QColor kWeights(0x4e, 0x79, 0xa7);
const QColor kKv(0x59, 0xa1, 0x4f);
const QColor kOverhead(0xf2, 0x8e, 0x2b);
const QColor kOverflow(0xd3, 0x2f, 0x2f);
constexpr int kMargin = 8;
constexpr double kMaxBarWidth = 46;

QString gib(double bytes)
{
    return QString::number(bytes / planning::kGiB, 'f', bytes >= 100 * planning::kGiB ? 0 : 1);
}
} // namespace

NpuMemoryBars::NpuMemoryBars(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void NpuMemoryBars::setBars(const QList<NpuBar>& bars, double utilization)
{
    m_bars = bars;
    m_utilization = utilization;
    update();
}

void NpuMemoryBars::setPlaceholder(const QString& text)
{
    m_placeholder = text;
    update();
}

QSize NpuMemoryBars::sizeHint() const
{
    return {640, 12 * fontMetrics().height()};
}

QSize NpuMemoryBars::minimumSizeHint() const
{
    return {240, 9 * fontMetrics().height()};
}

NpuMemoryBars::Geometry NpuMemoryBars::geometry() const
{
    const QFontMetrics fm = fontMetrics();
    Geometry g;
    const QRect area = rect().adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    g.legend = QRect(area.left(), area.top(), area.width(), fm.height() + 8);
    const int axis = fm.horizontalAdvance(QStringLiteral("000.0 GiB")) + 6;
    const int labels = 2 * fm.height() + 8;
    g.plot = QRect(area.left() + axis, g.legend.bottom() + 8, area.width() - 2 * axis,
                   area.bottom() - labels - g.legend.bottom() - 8);
    const int n = qMax(1, int(m_bars.size()));
    const double slot = double(g.plot.width()) / n;
    g.gap = qBound(2.0, slot * 0.22, 12.0);
    g.barWidth = qMin(kMaxBarWidth, slot - g.gap);
    for (const NpuBar& b : m_bars)
        g.scaleBytes = qMax(g.scaleBytes, qMax(b.totalBytes, b.usedBytes()));
    return g;
}

QRectF NpuMemoryBars::barRect(const Geometry& g, int i) const
{
    // Bars centred as a group; slot i holds bar i.
    const int n = int(m_bars.size());
    const double used = n * g.barWidth + (n - 1) * g.gap;
    const double left = g.plot.left() + (g.plot.width() - used) / 2;
    return QRectF(left + i * (g.barWidth + g.gap), g.plot.top(), g.barWidth, g.plot.height());
}

int NpuMemoryBars::barAt(const QPoint& pos) const
{
    const Geometry g = geometry();
    for (int i = 0; i < m_bars.size(); ++i) {
        if (barRect(g, i).adjusted(-g.gap / 2, 0, g.gap / 2, 2 * fontMetrics().height()).contains(pos))
            return i;
    }
    return -1;
}

void NpuMemoryBars::paintLegend(QPainter& p, const QRect& area) const
{
    const NpuBar* fullest = m_bars.isEmpty() ? nullptr : &m_bars.first();
    bool stagesDiffer = false;
    for (const NpuBar& b : m_bars) {
        if (b.fullest) {
            fullest = &b;
            stagesDiffer = true;
            break;
        }
    }
    const double free = fullest ? fullest->totalBytes - fullest->usedBytes() : 0;
    struct Item
    {
        QColor color;
        QString text;
    };
    const QList<Item> items {
        {kWeights, tr("Weights %1 GiB").arg(fullest ? gib(fullest->weightBytes) : QString())},
        {kKv, tr("KV cache %1 GiB").arg(fullest ? gib(fullest->kvBytes) : QString())},
        {kOverhead, tr("Overhead %1 GiB").arg(fullest ? gib(fullest->overheadBytes) : QString())},
        {free < 0 ? kOverflow : palette().color(QPalette::Base),
         free < 0 ? tr("Over the HBM by %1 GiB").arg(gib(-free)) : tr("Free %1 GiB").arg(gib(free))},
    };
    const QFontMetrics fm = fontMetrics();
    const int box = fm.height() - 4;
    int x = area.left();
    const int y = area.top() + (area.height() - box) / 2;
    for (const Item& item : items) {
        p.setPen(palette().color(QPalette::Mid));
        p.setBrush(item.color);
        p.drawRect(x, y, box, box);
        x += box + 5;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(x, area.top(), fm.horizontalAdvance(item.text) + 2, area.height()), Qt::AlignVCenter,
                   item.text);
        x += fm.horizontalAdvance(item.text) + 18;
    }
    if (fullest) {
        const QString of = stagesDiffer
            ? tr("of %1 GiB per NPU, on the fullest PP stage (bold)").arg(gib(fullest->totalBytes))
            : tr("of %1 GiB per NPU").arg(gib(fullest->totalBytes));
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(x, area.top(), area.right() - x, area.height()), Qt::AlignVCenter, of);
    }
}

void NpuMemoryBars::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    if (m_bars.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignCenter | Qt::TextWordWrap,
                   m_placeholder);
        return;
    }
    const Geometry g = geometry();
    if (g.plot.height() < 10 || g.scaleBytes <= 0)
        return;
    paintLegend(p, g.legend);

    const QFontMetrics fm = fontMetrics();
    const double pxPerByte = g.plot.height() / g.scaleBytes;
    const double total = m_bars.first().totalBytes;
    // Axis: the HBM size at the top of a full bar, and the utilization cap as a dashed line.
    p.setPen(palette().color(QPalette::PlaceholderText));
    const double topY = g.plot.bottom() - total * pxPerByte;
    p.drawText(QRectF(kMargin, topY - fm.height() / 2.0, g.plot.left() - kMargin - 6, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, tr("%1 GiB").arg(gib(total)));
    p.drawText(QRectF(kMargin, g.plot.bottom() - fm.height() / 2.0, g.plot.left() - kMargin - 6, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, tr("0"));
    const double capY = g.plot.bottom() - total * m_utilization * pxPerByte;

    for (int i = 0; i < m_bars.size(); ++i) {
        const NpuBar& b = m_bars.at(i);
        const QRectF slot = barRect(g, i);
        double y = g.plot.bottom();
        auto segment = [&](double bytes, const QColor& color) {
            const double h = qMax(0.0, bytes) * pxPerByte;
            p.fillRect(QRectF(slot.left(), y - h, slot.width(), h), color);
            y -= h;
        };
        const QRectF frame(slot.left(), g.plot.bottom() - b.totalBytes * pxPerByte, slot.width(),
                           b.totalBytes * pxPerByte);
        p.fillRect(frame, palette().color(QPalette::Base));
        segment(b.weightBytes, kWeights);
        segment(b.kvBytes, kKv);
        segment(b.overheadBytes, kOverhead);
        if (b.usedBytes() > b.totalBytes) // what does not fit, above the top of the NPU
            p.fillRect(QRectF(slot.left(), y, slot.width(), frame.top() - y), QBrush(kOverflow, Qt::BDiagPattern));
        QPen pen(b.fullest ? palette().color(QPalette::WindowText) : palette().color(QPalette::Mid));
        pen.setWidthF(b.fullest ? 1.6 : 1.0);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(frame);

        QFont font = p.font();
        font.setBold(b.fullest);
        p.setFont(font);
        p.setPen(palette().color(QPalette::WindowText));
        if (fm.horizontalAdvance(b.device) <= slot.width() + g.gap)
            p.drawText(QRectF(slot.left() - g.gap / 2, g.plot.bottom() + 3, slot.width() + g.gap, fm.height()),
                       Qt::AlignCenter, b.device);
        font.setBold(false);
        p.setFont(font);
    }
    // The cap line over all bars.
    QPen dash(palette().color(QPalette::WindowText));
    dash.setStyle(Qt::DashLine);
    p.setPen(dash);
    p.drawLine(QPointF(barRect(g, 0).left() - 4, capY), QPointF(barRect(g, int(m_bars.size()) - 1).right() + 4, capY));
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(barRect(g, int(m_bars.size()) - 1).right() + 8, capY - fm.height() / 2.0,
                      width() - kMargin - barRect(g, int(m_bars.size()) - 1).right() - 8, fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, tr("%1 %").arg(qRound(m_utilization * 100)));

    // Node names under their group of bars.
    const double labelY = g.plot.bottom() + 3 + fm.height() + 2;
    for (int first = 0; first < m_bars.size();) {
        int last = first;
        while (last + 1 < m_bars.size() && m_bars.at(last + 1).node == m_bars.at(first).node)
            ++last;
        const QRectF span(barRect(g, first).left(), labelY, barRect(g, last).right() - barRect(g, first).left(),
                          fm.height() + 2);
        p.setPen(palette().color(QPalette::Mid));
        p.drawLine(span.topLeft() + QPointF(0, 1), span.topRight() + QPointF(0, 1));
        const QString name = m_bars.at(first).node.isEmpty() ? tr("not placed") : m_bars.at(first).node;
        p.setPen(m_bars.at(first).node.isEmpty() ? kOverflow : palette().color(QPalette::WindowText));
        p.drawText(span.adjusted(-g.gap / 2, 2, g.gap / 2, 2), Qt::AlignHCenter | Qt::AlignTop,
                   fm.elidedText(name, Qt::ElideRight, int(span.width() + g.gap)));
        first = last + 1;
    }
}

bool NpuMemoryBars::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = barAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const NpuBar& b = m_bars.at(i);
        const QString where
            = b.node.isEmpty() ? tr("rank %1 (not placed)").arg(i) : tr("%1 NPU %2").arg(b.node, b.device);
        QToolTip::showText(help->globalPos(),
                           tr("<b>%1</b>, PP stage %2<br>weights %3 GiB<br>KV cache %4 GiB<br>overhead %5 GiB<br>"
                              "free %6 GiB of %7 GiB")
                               .arg(where.toHtmlEscaped())
                               .arg(b.stage)
                               .arg(gib(b.weightBytes), gib(b.kvBytes), gib(b.overheadBytes),
                                    gib(b.totalBytes - b.usedBytes()), gib(b.totalBytes)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace npufleet::ui
