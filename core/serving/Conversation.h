// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/serving/ChatTypes.h"
#include "core/serving/ReplyStats.h"
#include "core/util/Result.h"

namespace npufleet::serving {

struct ChatTurn
{
    QString role; // user or assistant
    QString content;
    QString reasoning;
    QString error; // assistant replies that failed keep their partial text and say why
    QString model; // the model that answered
    ReplyStats stats; // assistant only
};

// A chat as the playground keeps it, and as it is saved (JSON) or exported (Markdown).
// The endpoint's URL is kept; its API key never is.
struct Conversation
{
    QString title;
    QString endpoint;
    QString model;
    QString systemPrompt;
    SamplingParams sampling;
    QList<ChatTurn> turns;
    QDateTime created;

    // The messages to send to get the reply that follows turns[0, count).
    QList<ChatMessage> messages(int count) const;
    QJsonObject toJson() const;
    static Conversation fromJson(const QJsonObject& obj);
    QString toMarkdown() const;
};

// A saved playground file holds one conversation, or two side by side (compare mode).
QByteArray saveConversations(const QList<Conversation>& conversations);
Result<QList<Conversation>> loadConversations(const QByteArray& json, const QString& fileName);
QString conversationsToMarkdown(const QList<Conversation>& conversations);

} // namespace npufleet::serving
