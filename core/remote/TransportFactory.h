// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "core/project/ProjectData.h"

namespace npufleet::remote {

class Transport;

// The transport a project's remote steps use: the simulator for demo projects (which never open a
// socket), SSH otherwise. Null when this build has no transport for real nodes.
std::shared_ptr<Transport> transportFor(const project::ProjectData& project);

} // namespace npufleet::remote
