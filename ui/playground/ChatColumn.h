// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include "core/serving/ChatCall.h"
#include "core/serving/Conversation.h"

class QTimer;

namespace npufleet::project {
class Project;
}
namespace npufleet::serving {
class ChatCall;
class OpenAiClient;
} // namespace npufleet::serving

namespace npufleet::ui {

class ConversationView;
class EndpointPicker;

// One endpoint + model and its conversation. The playground shows one, or two side by side.
class ChatColumn : public QWidget
{
    Q_OBJECT
public:
    ChatColumn(project::Project* project, serving::OpenAiClient* client, QWidget* parent = nullptr);

    EndpointPicker* picker() const { return m_picker; }
    ConversationView* view() const { return m_view; }
    const serving::Conversation& conversation() const { return m_conversation; }
    // The conversation with the current endpoint, model and settings filled in, for saving.
    serving::Conversation snapshot(const QString& system, const serving::SamplingParams& sampling) const;
    void setConversation(const serving::Conversation& conversation);
    bool isBusy() const { return m_call != nullptr; }

    // Keeps the first keepTurns turns (-1: all), adds text as the user's turn and asks for a reply.
    bool send(const QString& text, const QString& system, const serving::SamplingParams& sampling, int keepTurns = -1);
    // Asks again for the last reply.
    bool regenerate(const QString& system, const serving::SamplingParams& sampling);
    void stop();
    void clear();

signals:
    void busyChanged(bool busy);
    void editRequested(int turn);
    void regenerateRequested();

private:
    void request(const QString& system, const serving::SamplingParams& sampling);
    void flushStream();
    void onFinished(const serving::ChatResult& result);

    EndpointPicker* m_picker;
    ConversationView* m_view;
    serving::OpenAiClient* m_client;
    serving::Conversation m_conversation;
    QPointer<serving::ChatCall> m_call;
    QTimer* m_repaint; // coalesces deltas: the view redraws at most every 40 ms
};

} // namespace npufleet::ui
