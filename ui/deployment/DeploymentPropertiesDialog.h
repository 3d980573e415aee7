// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <functional>

#include "core/project/Deployment.h"

#include "ui/deployment/DeploymentCheck.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QUndoStack;

namespace npufleet::project {
class Project;
}

namespace npufleet::ui {

class DeploymentChooser;
class EnvironmentEditor;
class ImagePicker;
class PlacementPicker;
class PortOnNodeCheck;
class ProblemLabel;
class ServingOptionsForm;

// Every field of an existing deployment: name, model, engine, image and version, layout, placement, port,
// serving options and environment. Each finished edit is one undo step (EditDeploymentCommand); the rules are
// checked after each and shown next to the fields, with a button for the fix when one is known (a layout or an
// engine the deployment then passes with). Follows the session's current deployment and the undo stack.
class DeploymentPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    DeploymentPropertiesDialog(project::Project* project, QUndoStack* undoStack, QWidget* parent = nullptr);

    void showDeployment(const QString& name);
    QString deployment() const { return m_name; }

    // For tests and screenshots.
    QTabWidget* tabs() const { return m_tabs; }
    QLineEdit* nameEdit() const { return m_nameEdit; }
    QComboBox* modelBox() const { return m_model; }
    QComboBox* engineBox() const { return m_engine; }
    ImagePicker* imagePicker() const { return m_image; }
    QSpinBox* tpBox() const { return m_tp; }
    QSpinBox* ppBox() const { return m_pp; }
    QSpinBox* dpBox() const { return m_dp; }
    QCheckBox* epBox() const { return m_ep; }
    PlacementPicker* placementPicker() const { return m_placement; }
    QSpinBox* portBox() const { return m_port; }
    PortOnNodeCheck* portOnNode() const { return m_portOnNode; }
    ServingOptionsForm* servingForm() const { return m_serving; }
    EnvironmentEditor* environmentEditor() const { return m_environment; }
    QList<ProblemLabel*> problemLabels() const { return m_problems; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* generalTab();
    QWidget* layoutTab();
    QWidget* servingTab();
    QWidget* environmentTab();
    void retranslate();
    void reload();
    void recheck();
    void checkPortOnNode(const project::ProjectData& doc, const project::Deployment& d);
    // Applies one change to the shown deployment as one undo step (nothing when it changes nothing).
    void commit(const QString& what, const std::function<void(project::Deployment&)>& change);
    void applyFix(const project::Deployment& fixed);
    const project::Deployment* current() const;

    project::Project* m_project;
    QUndoStack* m_undoStack;
    QString m_name;
    int m_index = -1;
    bool m_loading = false;
    std::optional<FieldProblem> m_refused; // an edit kept out of the document (a literal secret), shown until fixed
    DeploymentChooser* m_chooser;
    QTabWidget* m_tabs;
    QLineEdit* m_nameEdit;
    QComboBox* m_model;
    QComboBox* m_engine;
    ImagePicker* m_image;
    QSpinBox* m_tp;
    QSpinBox* m_pp;
    QSpinBox* m_dp;
    QCheckBox* m_ep;
    PlacementPicker* m_placement;
    QSpinBox* m_port;
    PortOnNodeCheck* m_portOnNode;
    int m_portWhenOpened = 0;
    ServingOptionsForm* m_serving;
    EnvironmentEditor* m_environment;
    QList<ProblemLabel*> m_problems;
    QList<QLabel*> m_labels;
    QLabel* m_summary;
    QLabel* m_empty;
};

} // namespace npufleet::ui
