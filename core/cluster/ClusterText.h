// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace npufleet::cluster {

// The translation context of the cluster parsers and tables texts written outside a class. Its name is the context,
// with no namespace, so that lupdate files each string where the program looks it up even in code whose scope it cannot
// follow (a free tr() was filed under whatever lupdate guessed).
struct ClusterText
{
    Q_DECLARE_TR_FUNCTIONS(ClusterText)
};

} // namespace npufleet::cluster
