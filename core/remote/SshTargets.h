// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

#include "core/cluster/Node.h"
#include "core/remote/SshTransport.h"
#include "core/util/Result.h"

namespace npufleet::remote {

// What the remote CLI verbs were asked to reach: a project (optionally some of its nodes) or a
// --hosts list, with the SSH options that go with them.
struct RemoteTargetSpec
{
    QString project; // path or demo:NAME
    QString hosts; // [user@]host[:port],...
    QStringList nodeNames; // only these nodes of the project; empty: all
    SshTransportOptions ssh;
};

struct RemoteTargets
{
    QList<cluster::Node> nodes;
    std::shared_ptr<Transport> transport; // the simulator for demo projects, SSH otherwise
    std::shared_ptr<SshTransport> ssh; // the same when it is SSH, else null
};

// Opens the project or parses the host list and picks the transport. Errors name the input.
Result<RemoteTargets> resolveRemoteTargets(const RemoteTargetSpec& spec, QStringList* warnings = nullptr);

// The `exec` exit code for one node's result: its exit status, 255 when it could not run there.
int execExitCode(const ExecResult& result);

} // namespace npufleet::remote
