// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace npufleet::sim {

// What a simulated node prints for one command, as the command would have.
struct NodeReply
{
    int exitStatus = 0;
    QByteArray standardOutput;
    QByteArray standardError;
};

} // namespace npufleet::sim
