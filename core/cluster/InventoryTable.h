// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "core/cluster/Node.h"

namespace npufleet::cluster {

// The `inventory --format table` text: one line per accelerator chip, '-' for values not printed,
// and a summary line per node.
QString renderInventoryTable(const QList<Node>& nodes);

} // namespace npufleet::cluster
