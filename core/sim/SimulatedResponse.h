// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/sim/SimulatedServer.h"

namespace npufleet::sim {

// What a simulated server answers to one HTTP request, as vLLM's OpenAI server would: a status, a
// content type, and body pieces each with the (server) second it goes out. A stream's pieces are its
// SSE events, made one by one when asked for.
class SimulatedResponse
{
public:
    // The answer of `server` to `method path` with `body`, planned at the server's now.
    static SimulatedResponse
    answer(SimulatedServer& server, const QByteArray& method, const QString& path, const QByteArray& body);

    int status() const { return m_status; }
    QByteArray contentType() const { return m_contentType; }
    double headersAt() const { return m_headersAt; }
    int pieceCount() const;
    double pieceAt(int i) const;
    QByteArray piece(int i) const;
    // The request the engine runs for this answer (to abort when the client goes away).
    std::optional<quint64> requestId() const { return m_plan ? std::optional<quint64>(m_plan->id) : std::nullopt; }

private:
    static SimulatedResponse json(int status, const QJsonObject& body, double at);
    static SimulatedResponse error(int status, const QString& type, const QString& message, double at);
    static SimulatedResponse completion(SimulatedServer& server, bool chat, const QByteArray& body, double now);
    QByteArray chunk(int i) const;
    QByteArray usageJson() const;
    QByteArray wholeBody() const;

    int m_status = 200;
    QByteArray m_contentType = QByteArrayLiteral("application/json");
    double m_headersAt = 0;
    QByteArray m_body; // a whole body, sent at m_bodyAt
    double m_bodyAt = 0;
    // A completion.
    std::optional<RequestPlan> m_plan;
    bool m_chat = false;
    bool m_stream = false;
    bool m_includeUsage = false;
    QStringList m_tokens;
    QString m_id;
    QString m_model;
    qint64 m_created = 0;
};

} // namespace npufleet::sim
