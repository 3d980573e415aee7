// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include "core/serving/ChatTypes.h"
#include "core/serving/OpenAiJson.h"
#include "core/serving/SseParser.h"

class QNetworkAccessManager;

class QTimer;

namespace npufleet::serving {

// One chat or completion request in flight. Streams when the server streams (text/event-stream),
// falls back to one JSON body when it does not. Everything is signals: nothing here ever waits.
// The call deletes itself (deleteLater) after finished().
class ChatCall : public QObject
{
    Q_OBJECT
public:
    ChatCall(QNetworkAccessManager* manager, ChatRequest request, QObject* parent = nullptr);
    ~ChatCall() override;

    void start();
    // Stops the request; finished() follows at once with a Cancelled error and the partial reply.
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

    const ChatRequest& request() const { return m_request; }
    // The reply so far (complete after finished()).
    const ChatResult& result() const { return m_result; }

signals:
    void deltaReceived(const npufleet::serving::ChatDelta& delta);
    // Every SSE event, raw, for callers that measure the stream itself (benchmarks).
    void finished(const npufleet::serving::ChatResult& result);

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void handleEvent(const SseEvent& event);
    void applyChunk(const ParsedChunk& chunk, SteadyClock::time_point arrival, bool whole);
    void endStream();
    void failWith(ServingError::Kind kind, const QString& message);
    void finish();

    QNetworkAccessManager* m_manager;
    ChatRequest m_request;
    ChatResult m_result;
    SseParser m_parser;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_connectTimer;
    QTimer* m_readTimer;
    QTimer* m_totalTimer;
    int m_status = 0;
    bool m_sse = false;
    bool m_done = false; // saw [DONE]
    bool m_ended = false; // [DONE] or an error event: nothing after it is read
    bool m_finished = false;
    ServingError m_localError; // cancel or timeout: why we aborted
};

} // namespace npufleet::serving
