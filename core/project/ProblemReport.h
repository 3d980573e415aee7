// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace npufleet::project {

struct ProjectData;

// One Markdown file for a bug report: the version, the platform (OS, kernel, CPU, Qt), the session's log
// and the open project as it would be saved, every literal secret replaced by ${REDACTED}
// (redactedProjectYaml). Host names and addresses stay: they are what a problem is usually about.
QByteArray
problemReport(const QString& version, const QString& log, const ProjectData& project, const QString& projectPath);

} // namespace npufleet::project
