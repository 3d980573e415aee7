// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace npufleet::remote {

// The translation context of the remote execution texts written outside a class. Its name is the context, with
// no namespace, so that lupdate files each string where the program looks it up even in code whose
// scope it cannot follow (a free tr() was filed under whatever lupdate guessed).
struct RemoteText
{
    Q_DECLARE_TR_FUNCTIONS(RemoteText)
};

} // namespace npufleet::remote
