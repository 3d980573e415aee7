// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Forwarding only: the deployment rules live in core/deployment/Rules.h. Kept so that code written against
// project::checkDeployment keeps compiling; new code includes the rules module itself.
#include "core/deployment/Rules.h"

namespace npufleet::project {
using deployment::checkDeployment;
using deployment::RuleViolation;
} // namespace npufleet::project
