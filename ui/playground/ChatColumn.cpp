// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/playground/ChatColumn.h"

#include <QApplication>
#include <QClipboard>
#include <QTimer>
#include <QVBoxLayout>

#include "core/serving/ChatCall.h"
#include "core/serving/OpenAiClient.h"

#include "ui/playground/ConversationView.h"
#include "ui/playground/EndpointPicker.h"

namespace npufleet::ui {

ChatColumn::ChatColumn(project::Project* project, serving::OpenAiClient* client, QWidget* parent)
    : QWidget(parent)
    , m_picker(new EndpointPicker(project, client, this))
    , m_view(new ConversationView(this))
    , m_client(client)
    , m_repaint(new QTimer(this))
{
    m_repaint->setSingleShot(true);
    m_repaint->setInterval(40);
    connect(m_repaint, &QTimer::timeout, this, &ChatColumn::flushStream);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_picker);
    layout->addWidget(m_view, 1);
    connect(m_view, &ConversationView::copyRequested, this, [this](int i) {
        if (i >= 0 && i < m_conversation.turns.size())
            QApplication::clipboard()->setText(m_conversation.turns.at(i).content);
    });
    connect(m_view, &ConversationView::editRequested, this, &ChatColumn::editRequested);
    connect(m_view, &ConversationView::regenerateRequested, this, &ChatColumn::regenerateRequested);
}

serving::Conversation ChatColumn::snapshot(const QString& system, const serving::SamplingParams& sampling) const
{
    serving::Conversation c = m_conversation;
    c.endpoint = m_picker->endpoint().baseUrl.toString(); // the key stays out
    c.model = m_picker->model();
    c.systemPrompt = system;
    c.sampling = sampling;
    if (!c.created.isValid())
        c.created = QDateTime::currentDateTime();
    return c;
}

void ChatColumn::setConversation(const serving::Conversation& conversation)
{
    stop();
    m_conversation = conversation;
    if (!conversation.endpoint.isEmpty())
        m_picker->setCustomUrl(conversation.endpoint);
    if (!conversation.model.isEmpty())
        m_picker->setModel(conversation.model);
    m_view->sync(m_conversation, false);
}

bool ChatColumn::send(const QString& text,
                      const QString& system,
                      const serving::SamplingParams& sampling,
                      int keepTurns)
{
    if (isBusy() || text.trimmed().isEmpty())
        return false;
    if (keepTurns >= 0 && keepTurns < m_conversation.turns.size())
        m_conversation.turns.resize(keepTurns);
    serving::ChatTurn turn;
    turn.role = QStringLiteral("user");
    turn.content = text;
    m_conversation.turns.append(turn);
    request(system, sampling);
    return true;
}

bool ChatColumn::regenerate(const QString& system, const serving::SamplingParams& sampling)
{
    if (isBusy())
        return false;
    while (!m_conversation.turns.isEmpty() && m_conversation.turns.last().role != QLatin1String("user"))
        m_conversation.turns.removeLast();
    if (m_conversation.turns.isEmpty())
        return false;
    request(system, sampling);
    return true;
}

void ChatColumn::stop()
{
    if (m_call)
        m_call->cancel(); // finished() follows at once, with the partial reply
}

void ChatColumn::clear()
{
    stop();
    m_conversation.turns.clear();
    m_conversation.created = QDateTime();
    m_view->sync(m_conversation, false);
}

void ChatColumn::request(const QString& system, const serving::SamplingParams& sampling)
{
    m_conversation.systemPrompt = system;
    serving::ChatRequest req;
    req.endpoint = m_picker->endpoint();
    req.model = m_picker->model();
    req.messages = m_conversation.messages(int(m_conversation.turns.size()));
    req.sampling = sampling;
    serving::ChatTurn reply;
    reply.role = QStringLiteral("assistant");
    reply.model = req.model;
    m_conversation.turns.append(reply);
    m_view->sync(m_conversation, true);
    m_view->setStatus(int(m_conversation.turns.size()) - 1, tr("waiting for %1…").arg(req.model));

    m_call = m_client->chat(req);
    connect(m_call, &serving::ChatCall::deltaReceived, this, [this](const serving::ChatDelta& d) {
        serving::ChatTurn& last = m_conversation.turns.last();
        last.content += d.content;
        last.reasoning += d.reasoning;
        if (!m_repaint->isActive())
            m_repaint->start();
    });
    connect(m_call, &serving::ChatCall::finished, this, &ChatColumn::onFinished);
    emit busyChanged(true);
}

void ChatColumn::flushStream()
{
    if (!m_call)
        return;
    m_view->updateLast(m_conversation);
    const serving::ChatResult& partial = m_call->result();
    QString status = tr("streaming…");
    if (partial.firstToken) {
        const auto ttft = std::chrono::duration<double, std::milli>(*partial.firstToken - partial.sent).count();
        status = tr("TTFT %1 ms · %2 chunks · streaming…").arg(qRound(ttft)).arg(partial.contentChunks);
    }
    m_view->setStatus(int(m_conversation.turns.size()) - 1, status);
}

void ChatColumn::onFinished(const serving::ChatResult& result)
{
    m_repaint->stop();
    m_call = nullptr;
    serving::ChatTurn& last = m_conversation.turns.last();
    last.content = result.content;
    last.reasoning = result.reasoning;
    last.error = result.error.toString();
    if (!result.model.isEmpty())
        last.model = result.model;
    last.stats = serving::ReplyStats::from(result);
    m_view->sync(m_conversation, false);
    emit busyChanged(false);
}

} // namespace npufleet::ui
