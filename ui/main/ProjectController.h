// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QUndoStack;
class QWidget;

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

// File handling of the one open project: new, open, save, save as, recent files, and the
// question about unsaved changes. Modified means "the undo stack is not at its clean state".
class ProjectController : public QObject
{
    Q_OBJECT
public:
    ProjectController(project::Project* project, QUndoStack* undoStack, QWidget* window);

    bool newProject();
    bool open(const QString& path);
    bool openDemo(const QString& name);
    bool openWithDialog();
    bool save();
    bool saveAs();
    // Asks about unsaved changes; false when the user cancelled.
    bool maybeSave();
    bool isModified() const;

    QStringList recentProjects() const;
    QString displayName() const;

signals:
    void titleChanged();
    void recentProjectsChanged();
    void message(const QString& text, bool isError);

private:
    bool saveTo(const QString& path);
    void addRecent(const QString& path);

    project::Project* m_project;
    QUndoStack* m_undoStack;
    QWidget* m_window;
};

} // namespace npufleet::ui
