// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace npufleet::test {

// Processes on this machine (the sshd nodes of the tests run here) whose command line holds `needle`:
// what a timed-out or cancelled remote command must not leave behind.
QStringList processesWith(const QByteArray& needle);

} // namespace npufleet::test
