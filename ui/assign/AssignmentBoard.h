// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include "core/planning/Placement.h"

#include "ui/assign/Assigner.h"

class QAction;
class QLabel;
class QListView;
class QScrollArea;
class QUndoStack;

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

class Assigner;
class BoardCanvas;
class BoardModel;
class BoardViewBar;
class ProblemsModel;

// The assignment board pane: deployments strip, a row of NPU tiles per node (or the overview of a large
// cluster) in a scroll area with zoom and a node filter, the problems list and an Auto-place action.
// Every edit is an undo command on the given stack.
class AssignmentBoard : public QWidget
{
    Q_OBJECT
public:
    AssignmentBoard(project::Project* project, QUndoStack* undoStack, QWidget* parent = nullptr);

    QAction* autoPlaceAction() const { return m_autoPlace; }
    BoardCanvas* canvas() const { return m_canvas; }
    BoardModel* model() const { return m_model; }
    ProblemsModel* problemsModel() const { return m_problems; }
    Assigner* assigner() const { return m_assigner; }
    QScrollArea* scrollArea() const { return m_scroll; }
    BoardViewBar* viewBar() const { return m_viewBar; }
    QString statusText() const;

    // Clusters from this many nodes open in the overview.
    static constexpr int kOverviewFrom = 24;
    void setOverview(bool on);
    // Zooms by factor keeping the canvas point anchor where it is on screen.
    void zoomBy(double factor, const QPoint& anchor);
    void zoomToFit();

public slots:
    // Places every unplaced deployment as one undo step and says what it did.
    QList<planning::AutoPlaceOutcome> autoPlace();
    // "Assign to…" from elsewhere (the library): onto the board's selection, else the best free place.
    bool assignToSelection(const QString& modelRef);

signals:
    void propertiesRequested(const QString& deployment);
    void wizardRequested(const npufleet::ui::DropTarget& target);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showStatus(const QString& text);
    void updateProblems();
    void chooseModeForSize();

    Assigner* m_assigner;
    BoardModel* m_model;
    ProblemsModel* m_problems;
    BoardCanvas* m_canvas;
    QScrollArea* m_scroll;
    BoardViewBar* m_viewBar;
    bool m_modeChosen = false; // the user picked tiles or overview: keep it
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_problemsTitle;
    QListView* m_problemsView;
    QAction* m_autoPlace;
};

} // namespace npufleet::ui
