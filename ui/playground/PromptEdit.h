// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace npufleet::ui {

// The input box: Enter sends, Shift+Enter breaks the line, Ctrl+Up / Ctrl+Down walk through what
// was sent before (kept across sessions).
class PromptEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PromptEdit(QWidget* parent = nullptr);

    QStringList history() const { return m_history; }
    // Remembers a sent prompt for Ctrl+Up; saves it too when the user keeps history (Preferences).
    void addToHistory(const QString& text);
    void clearHistory(); // of this session; the saved one is the preference's to clear

signals:
    void submitted(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void step(int delta);

    QStringList m_history;
    int m_position = -1; // -1: the draft being typed
    QString m_draft;
};

} // namespace npufleet::ui
