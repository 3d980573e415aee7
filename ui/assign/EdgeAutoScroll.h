// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPoint>
#include <QTimer>

class QScrollArea;

namespace npufleet::ui {

// Scrolls a scroll area while a drag hovers near the edges of its viewport, faster the closer it is, so that
// a model dragged from the library reaches node 200 of the board. Watches the drag events of the scrolled
// widget without taking them.
class EdgeAutoScroll : public QObject
{
    Q_OBJECT
public:
    EdgeAutoScroll(QScrollArea* area, QWidget* watched);

    static constexpr int kEdge = 32; // pixels from the viewport's edge where scrolling starts

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void step();

    QScrollArea* m_area;
    QWidget* m_watched;
    QTimer m_timer;
    QPoint m_velocity; // pixels per step
};

} // namespace npufleet::ui
