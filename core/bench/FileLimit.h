// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace npufleet::bench {

// Raises this process's open-file limit towards its hard limit so that `wanted` sockets fit
// (a thousand streams need a thousand descriptors, and the default soft limit is often 1024).
// Returns the soft limit now in force.
long raiseFileLimit(long wanted);

} // namespace npufleet::bench
