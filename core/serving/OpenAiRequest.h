// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkRequest>

#include "core/serving/ChatTypes.h"

namespace npufleet::serving {

// A request to an OpenAI-compatible server: JSON in, Bearer key when there is one.
QNetworkRequest jsonRequest(const Endpoint& endpoint, const QUrl& url);

} // namespace npufleet::serving
