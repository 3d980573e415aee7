// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace npufleet::monitoring {

// The translation context of the /metrics texts written outside a class (the exposition parser's errors,
// the monitor report). Its name is the context, with no namespace, so that lupdate files each string
// where the program looks it up (see BenchText).
struct MonitorText
{
    Q_DECLARE_TR_FUNCTIONS(MonitorText)
};

} // namespace npufleet::monitoring
