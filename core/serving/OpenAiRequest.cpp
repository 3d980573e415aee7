// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/serving/OpenAiRequest.h"

#include <QCoreApplication>

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
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    return req;
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    const auto port = [](const QUrl& u) { return u.port(u.scheme() == QLatin1String("https") ? 443 : 80); };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

QString refusedRedirect(const QUrl& origin, const QUrl& target, bool carriesKey)
{
    if (origin.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https"))
        return QCoreApplication::translate("npufleet::serving", "the server redirected from https to %1: not followed")
            .arg(target.toDisplayString(QUrl::RemoveUserInfo));
    if (carriesKey && !sameOrigin(origin, target))
        return QCoreApplication::translate("npufleet::serving",
                                           "the server redirected to another origin (%1): not followed, so that the "
                                           "API key goes nowhere else")
            .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery));
    return {};
}

void guardRedirects(QNetworkReply* reply,
                    const QUrl& origin,
                    bool carriesKey,
                    QObject* context,
                    const std::function<void(const QString&)>& refuse)
{
    QObject::connect(reply, &QNetworkReply::redirected, context, [reply, origin, carriesKey, refuse](const QUrl& to) {
        const QString why = refusedRedirect(origin, origin.resolved(to), carriesKey);
        if (why.isEmpty())
            emit reply->redirectAllowed();
        else
            refuse(why);
    });
}

} // namespace npufleet::serving
