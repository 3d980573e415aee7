// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace npufleet::ui::help {

// The README's sections with these "## " titles (all of them when titles is empty), without its images and
// with its links to other files made plain text: the README bundled as a resource is the one guide.
QString readmeSections(const QString& readme, const QStringList& titles);
// The bundled README (":/help/README.md").
QString bundledReadme();

// The user's guide: the README up to the code layout, for people who use the program.
QString guideMarkdown();
// The command-line reference: the README's "Command line" and "Project files" sections.
QString cliMarkdown();

} // namespace npufleet::ui::help
