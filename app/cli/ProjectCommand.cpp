// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `npufleet project new FILE --name NAME`: an empty project file to fill with `node add` and `deployment add`.
#include <QFileInfo>

#include "core/project/ProjectData.h"

#include "app/cli/CliIo.h"
#include "app/cli/CliVerbs.h"
#include "app/cli/ProjectEditing.h"

namespace npufleet::cli {

namespace {
const QString kVerb = QStringLiteral("project");
}

int runProject(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"), CliText::tr("The project's name."),
                                        CliText::tr("NAME"));
    const QCommandLineOption forceOption(QStringLiteral("force"), CliText::tr("Replace an existing file."));
    parser.addOptions({nameOption, forceOption});
    parser.addPositionalArgument(QStringLiteral("new"), CliText::tr("Create the project FILE."),
                                 CliText::tr("new FILE"));
    if (const int code = parseArguments(parser, kVerb, CliText::tr("Create a project file."), args); code >= 0)
        return code;
    const QStringList rest = parser.positionalArguments();
    if (rest.size() != 2 || rest.first() != QLatin1String("new"))
        return usageError(kVerb, CliText::tr("use: npufleet project new FILE --name NAME"));
    const QString path = rest.at(1);
    if (QFileInfo::exists(path) && !parser.isSet(forceOption))
        return usageError(kVerb, CliText::tr("%1 exists; give --force to replace it").arg(path));
    project::ProjectData data;
    data.name = parser.isSet(nameOption) ? parser.value(nameOption) : QFileInfo(path).baseName();
    if (data.name.contains(QLatin1Char('\n')))
        return usageError(kVerb, CliText::tr("the project name cannot contain a line break"));
    data.clusterName = data.name;
    if (!editing::save(kVerb, data, path))
        return 2;
    out() << path << Qt::endl;
    return 0;
}

} // namespace npufleet::cli
