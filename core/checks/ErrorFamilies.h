// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/DiagnosisFinding.h"
#include "core/checks/ErrorCodes.h"
#include "core/checks/Language.h"

namespace npufleet::checks {

// The finding for an error code that no signature explains: which component raised it (from the code's
// family, :/diagnosis/families.json) and the generic checks for that family. Line, evidence and context are
// the caller's to fill.
Finding familyFinding(const CodeHit& hit, Language language);

} // namespace npufleet::checks
