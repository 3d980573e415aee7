// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QTextBrowser;
class QToolButton;

namespace npufleet::serving {
struct ChatTurn;
}

namespace npufleet::ui {

// One message of a conversation: a header with the stats and actions, the thinking (collapsible)
// and the Markdown body. Updated in place while a reply streams.
class MessageView : public QFrame
{
    Q_OBJECT
public:
    explicit MessageView(bool user, QWidget* parent = nullptr);

    void setTurn(const serving::ChatTurn& turn);
    void setStatus(const QString& text); // the stats line, or "streaming…"
    void setRegenerateVisible(bool on);
    void setEditEnabled(bool on);

    QString markdown() const { return m_markdown; }
    QString reasoning() const { return m_reasoning; }
    QTextBrowser* body() const { return m_body; }
    bool thinkingExpanded() const;
    void setThinkingExpanded(bool on);

signals:
    void copyRequested();
    void editRequested();
    void regenerateRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fitHeight(QTextBrowser* browser);

    bool m_user;
    bool m_thinkingTouched = false; // the user folded or unfolded it: leave it as they want
    QString m_markdown;
    QString m_reasoning;
    QString m_error;
    QLabel* m_role;
    QLabel* m_status;
    QToolButton* m_copy;
    QToolButton* m_edit;
    QToolButton* m_regenerate;
    QToolButton* m_thinkingToggle;
    QTextBrowser* m_thinking;
    QTextBrowser* m_body;
    QLabel* m_errorLabel;
};

} // namespace npufleet::ui
