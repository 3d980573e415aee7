// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

class QVBoxLayout;

namespace npufleet::serving {
struct Conversation;
}

namespace npufleet::ui {

class MessageView;

// The messages of one conversation, top to bottom. While a reply streams it stays pinned to the
// bottom, unless the user scrolled up to read: then it stays where they are.
class ConversationView : public QScrollArea
{
    Q_OBJECT
public:
    explicit ConversationView(QWidget* parent = nullptr);

    // Rebuilds the views for turns [0, n) that differ in number; updates the last one in place.
    void sync(const serving::Conversation& conversation, bool busy);
    void updateLast(const serving::Conversation& conversation);
    MessageView* message(int index) const;
    int count() const { return int(m_views.size()); }
    void setStatus(int index, const QString& text);

signals:
    void copyRequested(int index);
    void editRequested(int index);
    void regenerateRequested();

private:
    QWidget* m_content;
    QVBoxLayout* m_layout;
    QList<MessageView*> m_views;
    bool m_pinned = true;
};

} // namespace npufleet::ui
