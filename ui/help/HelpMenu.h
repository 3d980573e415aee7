// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

class LogDock;

// The Help menu's actions: the guide (the README, bundled), the command-line reference, the keyboard
// shortcuts as the window's actions have them, and "Report a problem", which writes one file with the
// version, platform, log and project (secrets redacted).
class HelpMenu : public QObject
{
    Q_OBJECT
public:
    HelpMenu(QMainWindow* window, project::Project* project, LogDock* log);

    QList<QAction*> actions() const;
    void retranslate();

    void showGuide();
    void showCliReference();
    void showShortcuts();
    void reportProblem(); // asks where, then writes
    bool writeProblemReport(const QString& path) const;

signals:
    void message(const QString& text, bool isError);

private:
    QMainWindow* m_window;
    project::Project* m_project;
    LogDock* m_log;
    QAction* m_guide;
    QAction* m_cli;
    QAction* m_shortcuts;
    QAction* m_report;
};

} // namespace npufleet::ui
