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

    QString outText() const { return QString::fromUtf8(out); }
    // The non-empty lines of stdout.
    QStringList outLines() const { return outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

// This process's environment plus the given "KEY=VALUE" entries.
QProcessEnvironment environmentWith(const QStringList& entries);

// Runs the built npufleet executable with args and waits (tests only: never on a GUI thread of the app).
CliRun runCli(const QStringList& args,
              const QByteArray& input = {},
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
              int timeoutMs = 60'000);

// Like runCli, but waits in an event loop: for a server that lives in the calling thread.
CliRun runCliServing(const QStringList& args,
                     const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                     int timeoutMs = 60'000);

} // namespace npufleet::test
