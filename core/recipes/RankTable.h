// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "core/recipes/RecipeContext.h"
#include "core/util/Result.h"

namespace npufleet::recipes {

// Why `address` cannot be an NPU's device_ip: empty, a placeholder such as "-.-.-.-" (what a tool writes when
// it could not read the address), or not a usable IPv4 address. Empty when it can.
QString npuAddressProblem(const QString& address);

// HCCL's rank table (version 1.0, hccl.json) for the deployment: one server per placed node, head first, each
// NPU with its device_ip from the node's recorded hccn facts (cluster::Node::npuAddresses), ranks 0..N-1 in that
// order. Refuses, naming node and NPU, when an address is missing or unusable.
Result<QByteArray> rankTable(const RecipeContext& c);

} // namespace npufleet::recipes
