// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "core/serving/ChatTypes.h"

class QNetworkAccessManager;

namespace npufleet::serving {

class ChatCall;
class ModelsCall;

// An OpenAI-compatible client: owns one QNetworkAccessManager in the thread it lives in and hands
// out calls that report through signals. Use it from any thread with an event loop (the GUI
// thread included: nothing here blocks).
class OpenAiClient : public QObject
{
    Q_OBJECT
public:
    explicit OpenAiClient(QObject* parent = nullptr);

    // Started calls, children of the client; each deletes itself after its finished().
    ChatCall* chat(const ChatRequest& request);
    ModelsCall* models(const Endpoint& endpoint, const Timeouts& timeouts = {});

private:
    QNetworkAccessManager* m_manager;
};

} // namespace npufleet::serving
