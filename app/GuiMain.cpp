// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/GuiMain.h"

#include <QApplication>

#include "core/util/Translations.h"

#include "ui/main/MainWindow.h"
#include "ui/main/Settings.h"
#include "ui/main/Theme.h"

namespace npufleet {

int runGui(int argc, char** argv, const QString& projectPath)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("npufleet"));
    QApplication::setApplicationDisplayName(QStringLiteral("NPU Fleet"));
    QApplication::setOrganizationName(QStringLiteral("npufleet"));
    QApplication::setApplicationVersion(QStringLiteral(NPUFLEET_VERSION));
    const QString chosen = ui::settings::language.value();
    installTranslations(chosen.isEmpty() ? preferredLocale() : chosen);
    ui::applyTheme(ui::settings::theme.value());

    ui::MainWindow window;
    window.show();
    // Without an argument the start page offers what to open (scripts/run names the demo itself).
    if (!projectPath.isEmpty())
        window.openArgument(projectPath); // "demo:NAME" as the command-line verbs take it, or a file
    return QApplication::exec();
}

} // namespace npufleet
