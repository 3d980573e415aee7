// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/playground/ConversationView.h"

#include <QScrollBar>
#include <QVBoxLayout>

#include "core/serving/Conversation.h"

#include "ui/playground/MessageView.h"

namespace npufleet::ui {

ConversationView::ConversationView(QWidget* parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
{
    setObjectName(QStringLiteral("conversationView"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_layout->setContentsMargins(6, 6, 6, 6);
    m_layout->setSpacing(8);
    m_layout->addStretch(1);
    setWidget(m_content);
    QScrollBar* bar = verticalScrollBar();
    // Pinned while at the bottom; scrolling up unpins, scrolling back down pins again.
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) { m_pinned = value >= bar->maximum() - 4; });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_pinned)
            bar->setValue(max);
    });
}

void ConversationView::sync(const serving::Conversation& conversation, bool busy)
{
    const auto& turns = conversation.turns;
    bool added = false;
    while (m_views.size() > turns.size())
        delete m_views.takeLast();
    for (int i = 0; i < turns.size(); ++i) {
        const bool user = turns.at(i).role == QLatin1String("user");
        if (i < m_views.size() && (m_views.at(i)->objectName() == QLatin1String("userMessage")) != user) {
            while (m_views.size() > i)
                delete m_views.takeLast();
        }
        if (i == m_views.size()) {
            auto* view = new MessageView(user, m_content);
            m_layout->insertWidget(m_layout->count() - 1, view);
            connect(view, &MessageView::copyRequested, this,
                    [this, view] { emit copyRequested(m_views.indexOf(view)); });
            connect(view, &MessageView::editRequested, this,
                    [this, view] { emit editRequested(m_views.indexOf(view)); });
            connect(view, &MessageView::regenerateRequested, this, &ConversationView::regenerateRequested);
            m_views.append(view);
            added = true;
        }
        MessageView* view = m_views.at(i);
        view->setTurn(turns.at(i));
        if (!user && i < turns.size()) {
            const serving::ChatTurn& t = turns.at(i);
            if (t.stats.durationMs > 0)
                view->setStatus(QStringLiteral("%1 · %2").arg(t.model, t.stats.summary()));
        }
        view->setRegenerateVisible(i == turns.size() - 1);
        view->setEditEnabled(!busy);
    }
    // A new message (the user just sent) brings the view back to the bottom; an update does not.
    if (added)
        m_pinned = true;
}

void ConversationView::updateLast(const serving::Conversation& conversation)
{
    if (m_views.isEmpty() || conversation.turns.isEmpty())
        return;
    m_views.last()->setTurn(conversation.turns.last());
}

MessageView* ConversationView::message(int index) const
{
    return m_views.value(index);
}

void ConversationView::setStatus(int index, const QString& text)
{
    if (MessageView* v = m_views.value(index))
        v->setStatus(text);
}

} // namespace npufleet::ui
