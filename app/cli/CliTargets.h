// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "core/remote/SshTargets.h"

namespace npufleet::cli {

// Resolves the nodes a verb was asked to reach, printing the warnings on stderr. On bad input prints
// the error and returns nothing: the verb then exits 2.
std::optional<remote::RemoteTargets> resolveTargets(const remote::RemoteTargetSpec& spec);

} // namespace npufleet::cli
