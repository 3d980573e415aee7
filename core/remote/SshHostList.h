// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "core/cluster/Node.h"
#include "core/util/Result.h"

namespace npufleet::remote {

// The CLI's `--hosts` list: comma-separated `[user@]host[:port]` (IPv6 as `[addr]:port`). Each host
// becomes a node named after the host, with ":port" added when two entries share a host.
Result<QList<cluster::Node>> parseHostList(const QString& list);

} // namespace npufleet::remote
