// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/serving/OpenAiClient.h"

#include "core/serving/ChatCall.h"
#include "core/serving/ModelsCall.h"
#include "core/serving/NetworkAccess.h"

namespace npufleet::serving {

OpenAiClient::OpenAiClient(QObject* parent)
    : QObject(parent)
    , m_manager(new NetworkAccess(this)) // sim:// URLs reach the simulator
{
}

ChatCall* OpenAiClient::chat(const ChatRequest& request)
{
    auto* call = new ChatCall(m_manager, request, this);
    call->start();
    return call;
}

ModelsCall* OpenAiClient::models(const Endpoint& endpoint, const Timeouts& timeouts)
{
    auto* call = new ModelsCall(m_manager, endpoint, timeouts, this);
    call->start();
    return call;
}

} // namespace npufleet::serving
