// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include "core/cluster/Node.h"

namespace npufleet::cluster {

// The `inventory --format json` contract (ARCHITECTURE.md): {"nodes":[{"name","host","accelerators":[...],
// "warnings":[...]}]}, one accelerator per chip, null for every value the tool did not print, and a warning for
// every row of the tool's output that was incomplete, elided or mangled.
QJsonObject acceleratorToJson(const Accelerator& accelerator);
QJsonObject inventoryToJson(const QList<Node>& nodes);
QByteArray renderInventoryJson(const QList<Node>& nodes);

} // namespace npufleet::cluster
