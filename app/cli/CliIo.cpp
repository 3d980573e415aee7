// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliIo.h"

#include <QCoreApplication>

#include "core/util/TerminalText.h"

namespace npufleet::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

namespace {
bool s_raw = false;
}

QCommandLineOption rawOption()
{
    return QCommandLineOption(QStringLiteral("raw"),
                              CliText::tr("Print text from servers, nodes and logs as it is, control characters "
                                          "(terminal escape sequences) included."));
}

void setRawOutput(bool raw)
{
    s_raw = raw;
}

QString shown(const QString& text)
{
    return s_raw ? text : util::terminalSafe(text);
}

QString shown(const QByteArray& utf8)
{
    return shown(QString::fromUtf8(utf8));
}

int usageError(const QString& verb, const QString& message)
{
    err() << QStringLiteral("npufleet %1: %2\n").arg(verb, message)
          << QCoreApplication::translate("npufleet::cli", "Try 'npufleet %1 --help'.").arg(verb) << Qt::endl;
    return 2;
}

int inputError(const QString& message)
{
    err() << QStringLiteral("npufleet: ") << message << Qt::endl;
    return 2;
}

int parseArguments(QCommandLineParser& parser, const QString& verb, const QString& description, const QStringList& args)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("npufleet::cli", "Show this help."));
    parser.addOption(help);
    QStringList rest = args;
    if (rest.size() >= 2)
        rest.removeAt(1); // the verb
    if (!parser.parse(rest))
        return usageError(verb, parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QStringLiteral("Usage: ") + QCoreApplication::applicationFilePath(),
                     QStringLiteral("Usage: npufleet ") + verb);
        text.replace(QStringLiteral("Usage: ") + args.value(0), QStringLiteral("Usage: npufleet ") + verb);
        out() << text;
        out().flush();
        return 0;
    }
    return -1;
}

int checkTableOrJson(const QCommandLineParser& parser, const QCommandLineOption& formatOption, const QString& verb)
{
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(verb, CliText::tr("unknown format '%1' (use table or json)").arg(format));
    if (!parser.positionalArguments().isEmpty())
        return usageError(verb, CliText::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    return -1;
}

} // namespace npufleet::cli
