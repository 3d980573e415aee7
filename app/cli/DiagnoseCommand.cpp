// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QFileInfo>

#include "core/checks/Diagnosis.h"
#include "core/util/InputLimits.h"
#include "core/util/ReadLimited.h"
#include "core/util/Translations.h"

#include "app/cli/CliIo.h"
#include "app/cli/CliVerbs.h"

namespace npufleet::cli {

namespace {

const QString kVerb = QStringLiteral("diagnose");

} // namespace

int runDiagnose(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          CliText::tr("Output format: text (default) or json."), CliText::tr("FORMAT"),
                                          QStringLiteral("text"));
    parser.addOption(formatOption);
    parser.addOption(rawOption());
    parser.addPositionalArgument(QStringLiteral("LOGFILE"), CliText::tr("The log to read ('-' for standard input)."));
    if (const int code
        = parseArguments(parser, kVerb, CliText::tr("Name known failures in a log and say how to fix them."), args);
        code >= 0)
        return code;
    setRawOutput(parser.isSet(QStringLiteral("raw")));

    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(kVerb, CliText::tr("unknown format '%1' (use text or json)").arg(format));
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(kVerb, CliText::tr("give exactly one LOGFILE"));

    const QString path = files.constFirst();
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-"))
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(path);
        opened = QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return inputError(
            CliText::tr("%1: cannot read the log: %2")
                .arg(path, file.errorString().isEmpty() ? CliText::tr("not a file") : file.errorString()));

    const Result<QByteArray> read = util::readLimited(file, limits::kLogFileBytes, CliText::tr("the log"), path);
    if (!read)
        return inputError(read.error().toString());
    const QByteArray& log = *read;
    const auto findings = checks::diagnoseLog(log, checks::languageForLocale(preferredLocale()));
    if (format == QLatin1String("json"))
        out() << shown(checks::renderFindingsJson(findings));
    else
        out() << shown(checks::renderFindingsText(findings, path));
    out().flush();
    return findings.isEmpty() ? 0 : 1;
}

} // namespace npufleet::cli
