// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/remote/CommandIntent.h"

namespace npufleet::remote {

// What a command a user typed (`npufleet exec -- …`) asks, when it is one of the few read-only commands the
// program itself sends (hostname, npu-smi info, free -b, …), spelled exactly so: a demo node answers those as
// the program's own steps. Anything else is Unknown, and a demo node has no such command.
CommandIntent intentOfUserCommand(const QString& command);

} // namespace npufleet::remote
