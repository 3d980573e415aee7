// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/serving/OpenAiRequest.h"

namespace npufleet::serving {

QNetworkRequest jsonRequest(const Endpoint& endpoint, const QUrl& url)
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("npufleet/" NPUFLEET_VERSION));
    req.setRawHeader("Accept", "text/event-stream, application/json");
    if (!endpoint.apiKey.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + endpoint.apiKey.toUtf8());
    // Tokens must reach the reader as they come: no HTTP/2 buffering games, no caching.
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    return req;
}

} // namespace npufleet::serving
