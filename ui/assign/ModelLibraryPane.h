// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/project/ModelSource.h"

class QMenu;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

class Assigner;
class ModelLibraryModel;

// The model library: the project's models and the catalog, as a drag source for the board, with
// add / edit / remove (undoable) and an "Assign to…" menu that does what a drag does.
class ModelLibraryPane : public QWidget
{
    Q_OBJECT
public:
    ModelLibraryPane(project::Project* project, QUndoStack* undoStack, QWidget* parent = nullptr);

    ModelLibraryModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QString currentRef() const;
    bool selectRef(const QString& ref);

    // Undoable edits (what the buttons do once their dialog is accepted).
    void addModel(const project::ModelSource& model);
    bool editModel(const QString& id, const project::ModelSource& model);
    bool removeModel(const QString& id);
    // The "Assign to…" menu for the current model: each node, the whole cluster, the board selection.
    QMenu* buildAssignMenu(QWidget* parent);

signals:
    // "Assign to the board's selection": the lead connects it to AssignmentBoard::assignToSelection.
    void assignToSelectionRequested(const QString& modelRef);
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void addClicked();
    void editClicked();

    project::Project* m_project;
    QUndoStack* m_undoStack;
    Assigner* m_assigner;
    ModelLibraryModel* m_model;
    QTreeView* m_view;
    QToolButton* m_add;
    QToolButton* m_edit;
    QToolButton* m_remove;
    QToolButton* m_assign;
};

} // namespace npufleet::ui
