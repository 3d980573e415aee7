// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/CoalescedSignal.h"

#include <utility>

namespace npufleet::ui {

void CoalescedSignal::request()
{
    if (std::exchange(m_pending, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pending = false;
            emit fired();
        },
        Qt::QueuedConnection);
}

} // namespace npufleet::ui
