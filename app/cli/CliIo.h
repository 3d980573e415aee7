// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QTextStream>

namespace npufleet::cli {

QTextStream& out();
QTextStream& err();

// Prints "npufleet VERB: message" and a pointer to --help on stderr; returns exit code 2.
int usageError(const QString& verb, const QString& message);
// Prints an input error (already formatted with file:line:column) on stderr; returns 2.
int inputError(const QString& message);

// Parses args with parser; handles --help. Returns -1 to go on, or the exit code to return now.
int parseArguments(QCommandLineParser& parser, const QString& verb, const QString& description, const QStringList& args);

} // namespace npufleet::cli
