// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace npufleet::test {

struct CliRun
{
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QString err;
};

// Runs the built npufleet executable with args and waits (tests only: never on a GUI thread of the app).
CliRun runCli(const QStringList& args,
              const QByteArray& input = {},
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
              int timeoutMs = 60'000);

} // namespace npufleet::test
