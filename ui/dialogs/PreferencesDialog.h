// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace npufleet::ui {

// The application's preferences: written to settings only when the user presses OK.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    int autoRefreshSeconds() const;
    int maxHandshakes() const; // 0: sized to the machine
    QString language() const; // "en" or "zh_CN"
    void save() const;

private:
    QSpinBox* m_autoRefresh;
    QSpinBox* m_handshakes;
    QComboBox* m_language;
};

} // namespace npufleet::ui
