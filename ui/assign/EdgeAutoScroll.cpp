// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assign/EdgeAutoScroll.h"

#include <QDragMoveEvent>
#include <QScrollArea>
#include <QScrollBar>

namespace npufleet::ui {

namespace {

// Speed along one axis: 0 outside the edge band, up to 24 pixels a step at the very edge.
int speed(int pos, int length)
{
    if (pos < EdgeAutoScroll::kEdge)
        return -qMax(2, (EdgeAutoScroll::kEdge - pos) * 24 / EdgeAutoScroll::kEdge);
    if (pos > length - EdgeAutoScroll::kEdge)
        return qMax(2, (pos - (length - EdgeAutoScroll::kEdge)) * 24 / EdgeAutoScroll::kEdge);
    return 0;
}

} // namespace

EdgeAutoScroll::EdgeAutoScroll(QScrollArea* area, QWidget* watched)
    : QObject(area)
    , m_area(area)
    , m_watched(watched)
{
    m_timer.setInterval(16);
    connect(&m_timer, &QTimer::timeout, this, &EdgeAutoScroll::step);
    watched->installEventFilter(this);
}

bool EdgeAutoScroll::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_watched)
        return false;
    switch (event->type()) {
    case QEvent::DragMove: {
        const auto* move = static_cast<QDragMoveEvent*>(event);
        QWidget* viewport = m_area->viewport();
        const QPoint at = m_watched->mapTo(viewport, move->position().toPoint());
        m_velocity = {speed(at.x(), viewport->width()), speed(at.y(), viewport->height())};
        if (m_velocity.isNull())
            m_timer.stop();
        else if (!m_timer.isActive())
            m_timer.start();
        break;
    }
    case QEvent::DragLeave:
    case QEvent::Drop:
        m_timer.stop();
        break;
    default:
        break;
    }
    return false;
}

void EdgeAutoScroll::step()
{
    QScrollBar* h = m_area->horizontalScrollBar();
    QScrollBar* v = m_area->verticalScrollBar();
    const int x = h->value();
    const int y = v->value();
    h->setValue(x + m_velocity.x());
    v->setValue(y + m_velocity.y());
    if (h->value() == x && v->value() == y) // at the end: nothing more to do
        m_timer.stop();
}

} // namespace npufleet::ui
