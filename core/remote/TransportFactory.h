// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "core/project/ProjectData.h"
#include "core/remote/SshTransport.h"

namespace npufleet::remote {

class CredentialsProvider;
class Transport;

// The transport a project's remote steps use: the simulator for demo projects (which never open a
// socket), SSH otherwise, asking credentials for passwords and passphrases. Null when this build has
// no transport for real nodes. maxHandshakes bounds the SSH handshakes in flight (0: sized to the machine).
std::shared_ptr<Transport> transportFor(const project::ProjectData& project,
                                        std::shared_ptr<CredentialsProvider> credentials = {},
                                        int maxHandshakes = 0);
// The same with every SSH option given (the GUI's preferences: user, key, known hosts, timeout, handshakes).
std::shared_ptr<Transport> transportFor(const project::ProjectData& project, SshTransportOptions options);

} // namespace npufleet::remote
