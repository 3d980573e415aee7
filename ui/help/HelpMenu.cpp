// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/HelpMenu.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QMainWindow>
#include <QSaveFile>
#include <QStandardPaths>

#include "core/project/ProblemReport.h"
#include "core/project/Project.h"

#include "ui/dialogs/Ask.h"
#include "ui/help/HelpBrowser.h"
#include "ui/help/HelpText.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/logs/LogDock.h"

namespace npufleet::ui {

HelpMenu::HelpMenu(QMainWindow* window, project::Project* project, LogDock* log)
    : QObject(window)
    , m_window(window)
    , m_project(project)
    , m_log(log)
    , m_guide(new QAction(window))
    , m_cli(new QAction(window))
    , m_shortcuts(new QAction(window))
    , m_report(new QAction(window))
{
    m_guide->setObjectName(QStringLiteral("actionGuide"));
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_cli->setObjectName(QStringLiteral("actionCliReference"));
    m_shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    m_report->setObjectName(QStringLiteral("actionReportProblem"));
    connect(m_guide, &QAction::triggered, this, &HelpMenu::showGuide);
    connect(m_cli, &QAction::triggered, this, &HelpMenu::showCliReference);
    connect(m_shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);
    connect(m_report, &QAction::triggered, this, &HelpMenu::reportProblem);
    retranslate();
}

QList<QAction*> HelpMenu::actions() const
{
    return {m_guide, m_cli, m_shortcuts, m_report};
}

void HelpMenu::retranslate()
{
    m_guide->setText(tr("NPU Fleet &Guide"));
    m_cli->setText(tr("&Command-Line Reference"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    m_report->setText(tr("&Report a Problem…"));
    m_report->setToolTip(tr("Write one file with the version, platform, log and project (secrets removed) to "
                            "attach to a bug report"));
}

void HelpMenu::showGuide()
{
    auto* page = new HelpBrowser([] { return tr("NPU Fleet Guide"); }, &help::guideMarkdown, m_window);
    page->setAttribute(Qt::WA_DeleteOnClose);
    page->show();
}

void HelpMenu::showCliReference()
{
    auto* page = new HelpBrowser([] { return tr("Command-Line Reference"); }, &help::cliMarkdown, m_window);
    page->setAttribute(Qt::WA_DeleteOnClose);
    page->show();
}

void HelpMenu::showShortcuts()
{
    auto* dialog = new ShortcutsDialog(m_window, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

bool HelpMenu::writeProblemReport(const QString& path) const
{
    const QByteArray text = project::problemReport(QApplication::applicationVersion(), m_log->text(), m_project->data(),
                                                   m_project->filePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return false;
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void HelpMenu::reportProblem()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("npufleet-report-%1.md")
                            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"))));
    const QString path = ask::saveFileName(m_window, tr("Report a Problem"), suggested, tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    if (writeProblemReport(path))
        emit message(tr("Problem report written to %1: look it over, then attach it to your report.").arg(path), false);
    else
        emit message(tr("Could not write the problem report to %1.").arg(path), true);
}

} // namespace npufleet::ui
