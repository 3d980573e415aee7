// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace npufleet::test {

// A program run under `strace -f -e trace=connect`: what it printed, and every connect() it (or a
// child) made to an IPv4 or IPv6 address. Connects to AF_UNIX sockets (D-Bus, X, nscd) are not listed.
struct ConnectTrace
{
    QString skipReason; // set when strace is missing or cannot trace here: skip the test
    int exitCode = -1;
    QByteArray out;
    QString err;
    QStringList inetConnects; // the strace lines
};

ConnectTrace traceConnects(const QString& program,
                           const QStringList& args,
                           const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                           int timeoutMs = 120'000);

} // namespace npufleet::test
