// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <optional>

#include "core/remote/SshTargets.h"

namespace npufleet::cli {

// Resolves the nodes a verb was asked to reach, printing the warnings on stderr. On bad input prints
// the error and returns nothing: the verb then exits 2.
std::optional<remote::RemoteTargets> resolveTargets(const remote::RemoteTargetSpec& spec);

// --max-handshakes N: SSH handshakes in flight at once (default: sized to this machine).
QCommandLineOption maxHandshakesOption();
// Puts the option's value into options; false after printing a usage error (the verb exits 2).
bool readMaxHandshakes(const QCommandLineParser& parser, const QString& verb, remote::SshTransportOptions* options);

} // namespace npufleet::cli
