// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace npufleet::ui::help {

// The README's sections with these "## " titles (all of them when titles is empty), without its images and
// with its links to other files made plain text: the README bundled as a resource is the one guide.
QString readmeSections(const QString& readme, const QStringList& titles);
// The bundled README (":/help/README.md") and its Chinese translation (translations/README.zh_CN.md), which
// holds the README's sections for users, in the same order, with the same commands.
QString bundledReadme();
QString bundledChineseGuide();

// The user's guide in the language the program shows: the README up to the code layout, or its translation.
QString guideMarkdown();
// The command-line reference: the "Command line" and "Project files" sections of the same.
QString cliMarkdown();

} // namespace npufleet::ui::help
