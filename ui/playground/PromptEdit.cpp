// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/playground/PromptEdit.h"

#include <QKeyEvent>

#include "ui/main/Settings.h"

namespace npufleet::ui {

PromptEdit::PromptEdit(QWidget* parent)
    : QPlainTextEdit(parent)
    // Prompts are on disk only while the user keeps history on (Preferences › Privacy); a file left by an
    // earlier version is removed once it is off.
    , m_history(settings::keepPromptHistory.value() ? settings::promptHistory.value() : QStringList())
{
    if (!settings::keepPromptHistory.value() && !settings::promptHistory.value().isEmpty())
        settings::promptHistory.setValue({});
    setObjectName(QStringLiteral("promptEdit"));
    setTabChangesFocus(true);
}

void PromptEdit::addToHistory(const QString& text)
{
    if (text.trimmed().isEmpty())
        return;
    m_history.removeAll(text);
    m_history.append(text);
    while (m_history.size() > settings::kMaxPromptHistory)
        m_history.removeFirst();
    if (settings::keepPromptHistory.value())
        settings::promptHistory.setValue(m_history);
    m_position = -1;
}

void PromptEdit::clearHistory()
{
    m_history.clear();
    m_position = -1;
}

void PromptEdit::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        const QString text = toPlainText();
        if (!text.trimmed().isEmpty())
            emit submitted(text);
        return;
    }
    if ((event->modifiers() & Qt::ControlModifier) && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        step(event->key() == Qt::Key_Up ? -1 : 1);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void PromptEdit::step(int delta)
{
    if (m_history.isEmpty())
        return;
    if (m_position < 0) {
        if (delta > 0)
            return;
        m_draft = toPlainText();
        m_position = int(m_history.size());
    }
    m_position += delta;
    if (m_position >= m_history.size()) {
        m_position = -1;
        setPlainText(m_draft);
    } else {
        m_position = qMax(0, m_position);
        setPlainText(m_history.at(m_position));
    }
    moveCursor(QTextCursor::End);
}

} // namespace npufleet::ui
