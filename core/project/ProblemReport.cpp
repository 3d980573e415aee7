// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/ProblemReport.h"

#include <QDateTime>
#include <QSysInfo>
#include <QtGlobal>

#include "core/project/ProjectData.h"
#include "core/project/YamlSecrets.h"

namespace npufleet::project {

namespace {

// A fence longer than any run of backticks in the text, so that the text cannot close it.
QByteArray fence(const QByteArray& text)
{
    int longest = 0;
    int run = 0;
    for (const char c : text) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QByteArray(std::max(3, longest + 1), '`');
}

QByteArray block(const QByteArray& text, const char* language)
{
    const QByteArray f = fence(text);
    return f + language + '\n' + text + (text.endsWith('\n') ? "" : "\n") + f + '\n';
}

} // namespace

QByteArray
problemReport(const QString& version, const QString& log, const ProjectData& project, const QString& projectPath)
{
    QByteArray out = "# NPU Fleet problem report\n\n";
    out += "- Version: " + version.toUtf8() + '\n';
    out += "- Written: " + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n';
    out += "- Platform: " + QSysInfo::prettyProductName().toUtf8() + ", " + QSysInfo::kernelType().toUtf8() + ' '
        + QSysInfo::kernelVersion().toUtf8() + ", " + QSysInfo::currentCpuArchitecture().toUtf8() + '\n';
    out += "- Qt: " + QByteArray(qVersion()) + '\n';
    out += "- Project: " + (project.demo ? QByteArray("demo ") : QByteArray())
        + (projectPath.isEmpty() ? QByteArray("(not saved)") : projectPath.toUtf8()) + "\n\n";
    out += "Describe here what you did, what you expected and what happened instead.\n\n";
    out += "## Log\n\n" + block(log.toUtf8(), "text") + '\n';
    out += "## Project (secrets replaced by ${REDACTED})\n\n" + block(redactedProjectYaml(project), "yaml");
    return out;
}

} // namespace npufleet::project
