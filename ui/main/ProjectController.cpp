// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/ProjectController.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

#include "core/project/DemoProjects.h"
#include "core/project/Project.h"
#include "core/project/ProjectFile.h"

#include "ui/dialogs/Ask.h"
#include "ui/main/Settings.h"

namespace npufleet::ui {

ProjectController::ProjectController(project::Project* project, QUndoStack* undoStack, QWidget* window)
    : QObject(window)
    , m_project(project)
    , m_undoStack(undoStack)
    , m_window(window)
{
    connect(undoStack, &QUndoStack::cleanChanged, this, &ProjectController::titleChanged);
    connect(project, &project::Project::filePathChanged, this, &ProjectController::titleChanged);
}

bool ProjectController::isModified() const
{
    return !m_undoStack->isClean();
}

QString ProjectController::displayName() const
{
    if (!m_project->filePath().isEmpty())
        return QFileInfo(m_project->filePath()).fileName();
    if (!m_project->data().name.isEmpty())
        return m_project->data().name;
    return tr("Untitled");
}

bool ProjectController::newProject()
{
    if (!maybeSave())
        return false;
    project::ProjectData data;
    data.name = tr("New cluster");
    m_project->reset(data, {});
    m_undoStack->clear();
    emit titleChanged();
    return true;
}

bool ProjectController::open(const QString& path)
{
    if (!maybeSave())
        return false;
    QStringList warnings;
    auto data = project::loadProject(path, &warnings);
    if (!data) {
        const QString text = data.error().toString();
        emit message(text, true);
        ask::warning(m_window, tr("Cannot open project"), text);
        return false;
    }
    for (const QString& w : warnings)
        emit message(w, false);
    m_project->reset(std::move(data.value()), QFileInfo(path).absoluteFilePath());
    m_undoStack->clear();
    addRecent(QFileInfo(path).absoluteFilePath());
    emit message(tr("Opened %1").arg(QDir::toNativeSeparators(path)), false);
    emit titleChanged();
    return true;
}

bool ProjectController::openDemo(const QString& name)
{
    if (!maybeSave())
        return false;
    auto data = project::loadDemo(name);
    if (!data) {
        emit message(data.error().toString(), true);
        return false;
    }
    m_project->reset(std::move(data.value()), {});
    m_undoStack->clear();
    emit message(tr("Opened the demo project '%1': its telemetry is simulated.").arg(m_project->data().name), false);
    emit titleChanged();
    return true;
}

bool ProjectController::openWithDialog()
{
    const QString path = ask::openFileName(m_window, tr("Open project"), QDir::homePath(),
                                           tr("NPU Fleet projects (*.yaml *.yml);;All files (*)"));
    return !path.isEmpty() && open(path);
}

bool ProjectController::save()
{
    if (m_project->filePath().isEmpty())
        return saveAs();
    return saveTo(m_project->filePath());
}

bool ProjectController::saveAs()
{
    QString suggestion = m_project->filePath();
    if (suggestion.isEmpty()) {
        const QString base = m_project->data().name.isEmpty() ? QStringLiteral("cluster") : m_project->data().name;
        suggestion
            = QDir::home().filePath(base.toLower().replace(QLatin1Char(' '), QLatin1Char('-'))
                                    + QStringLiteral(".npufleet.yaml")); // the extension the desktop opens with us
    }
    QString path
        = ask::saveFileName(m_window, tr("Save project as"), suggestion, tr("NPU Fleet projects (*.yaml *.yml)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".npufleet.yaml");
    return saveTo(path);
}

bool ProjectController::saveTo(const QString& path)
{
    // A saved demo stays a demo (demo: true), so that it never starts talking to the lab's addresses.
    const auto result = project::saveProject(m_project->data(), path);
    if (!result) {
        const QString text = result.error().toString();
        emit message(text, true);
        ask::warning(m_window, tr("Cannot save project"), text);
        return false;
    }
    m_project->setFilePath(QFileInfo(path).absoluteFilePath());
    m_undoStack->setClean();
    addRecent(QFileInfo(path).absoluteFilePath());
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(path)), false);
    emit titleChanged();
    return true;
}

bool ProjectController::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer = ask::question(
        m_window, tr("Unsaved changes"), tr("The project '%1' has unsaved changes. Save them?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

QStringList ProjectController::recentProjects() const
{
    return settings::recentProjects.value();
}

void ProjectController::addRecent(const QString& path)
{
    QStringList recent = settings::recentProjects.value();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > settings::kMaxRecent)
        recent.removeLast();
    settings::recentProjects.setValue(recent);
    emit recentProjectsChanged();
}

} // namespace npufleet::ui
