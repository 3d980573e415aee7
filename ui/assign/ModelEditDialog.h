// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

#include "core/project/ModelSource.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace npufleet::ui {

// Adds or edits one of the project's models: a folder on the nodes, a hub id, a catalog entry.
class ModelEditDialog : public QDialog
{
    Q_OBJECT
public:
    // takenIds: ids other models use (the edited model's own id left out).
    ModelEditDialog(const project::ModelSource& model, const QStringList& takenIds, QWidget* parent = nullptr);

    project::ModelSource model() const;
    QString problem() const; // why OK is disabled, or empty

private:
    void validate();

    project::ModelSource m_original;
    QStringList m_taken;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QLineEdit* m_path;
    QLineEdit* m_hubId;
    QComboBox* m_catalog;
    QComboBox* m_quant;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace npufleet::ui
