// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/project/Deployment.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace npufleet::ui {

class CoalescedSignal;

// A deployment's environment variables, in order. Secrets go in as ${VAR} references: "Make reference"
// turns the selected literal into one named as the secret rules suggest (core/util/SecretRules).
class EnvironmentEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentEditor(QWidget* parent = nullptr);

    void setEnvironment(const project::EnvironmentList& environment);
    project::EnvironmentList environment() const;
    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* referenceButton() const { return m_reference; }

signals:
    // Sent from the event loop once the table settles (the receiver may refill the table).
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void makeReference();
    void changed();

    bool m_loading = false;
    CoalescedSignal* m_edits = nullptr; // edited(), once the cells settle
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_reference;
    QLabel* m_note;
};

} // namespace npufleet::ui
