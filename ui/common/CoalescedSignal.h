// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace npufleet::ui {

// fired() once from the event loop however often request() was called before it: an editor whose one user edit
// changes many cells (a tick that also ticks the node) reports it once, after the widget's own signal returned.
class CoalescedSignal : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void request();

signals:
    void fired();

private:
    bool m_pending = false;
};

} // namespace npufleet::ui
