// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace npufleet::cli {

QTextStream& out();
QTextStream& err();

// The translation context the verbs share. Its name is the context, with no namespace, so that
// lupdate files each string where the program looks it up (a free tr() was filed by guesswork).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

// --raw: text from servers, nodes and logs is printed as it came. Without it (the default) control
// characters in such text are escaped (core/util/TerminalText), so that nothing it holds can drive
// the terminal. Verbs add rawOption() and call setRawOutput(parser.isSet(rawOption())).
QCommandLineOption rawOption();
void setRawOutput(bool raw);
// Text that came from elsewhere, ready to print.
QString shown(const QString& text);
QString shown(const QByteArray& utf8);

// Prints "npufleet VERB: message" and a pointer to --help on stderr; returns exit code 2.
int usageError(const QString& verb, const QString& message);
// Prints an input error (already formatted with file:line:column) on stderr; returns 2.
int inputError(const QString& message);

// Parses args with parser; handles --help. Returns -1 to go on, or the exit code to return now.
int parseArguments(QCommandLineParser& parser,
                   const QString& verb,
                   const QString& description,
                   const QStringList& args);

// For a verb that prints a table or JSON and takes no positional arguments: checks both after parsing.
// Prints the usage error and returns 2, or returns -1 to go on.
int checkTableOrJson(const QCommandLineParser& parser, const QCommandLineOption& formatOption, const QString& verb);

} // namespace npufleet::cli
