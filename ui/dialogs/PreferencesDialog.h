// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace npufleet::ui {

// The application's preferences, each one used where it applies (Settings.h names them all): written to
// settings only when the user presses OK; "Clear history" acts at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    int autoRefreshSeconds() const;
    int maxHandshakes() const; // 0: sized to the machine
    QString language() const; // "en" or "zh_CN"
    QString theme() const; // "system", "light" or "dark"
    bool keepHistory() const;
    void save() const;

signals:
    // The saved prompts are gone; the Playground forgets those of this session too.
    void historyCleared();

private:
    QWidget* connectionsPage();
    QWidget* appearancePage();
    QWidget* chartsPage();
    QWidget* privacyPage();
    // The field and its Browse… button on one row.
    QWidget* fileRow(QLineEdit* edit, const QString& title, bool folder, QWidget* page);

    QLineEdit* m_user;
    QLineEdit* m_identity;
    QLineEdit* m_knownHosts;
    QSpinBox* m_timeout;
    QSpinBox* m_handshakes;
    QSpinBox* m_autoRefresh;
    QComboBox* m_language;
    QComboBox* m_theme;
    QSpinBox* m_monitorInterval;
    QSpinBox* m_benchPrompts;
    QSpinBox* m_benchInput;
    QSpinBox* m_benchOutput;
    QLineEdit* m_results;
    QCheckBox* m_history;
    QLabel* m_historyState;
};

} // namespace npufleet::ui
