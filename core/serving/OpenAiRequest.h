// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkReply>
#include <QNetworkRequest>
#include <functional>

#include "core/serving/ChatTypes.h"

namespace npufleet::serving {

// A request to an OpenAI-compatible server: JSON in, Bearer key when there is one. Redirects wait
// for guardRedirects to allow them.
QNetworkRequest jsonRequest(const Endpoint& endpoint, const QUrl& url);

// Same origin (RFC 6454): scheme, host and port, the port by its scheme's default when not given.
bool sameOrigin(const QUrl& a, const QUrl& b);

// Why a redirect from `origin` to `target` is not followed, or empty when it may be: never from
// https to http, and never to another origin while the request carries a key (the key belongs to
// the server it was given for; Qt would send the Authorization header to the new host as well).
QString refusedRedirect(const QUrl& origin, const QUrl& target, bool carriesKey);

// Follows reply's redirects that refusedRedirect allows; for the others calls refuse(why) (which
// should abort the reply).
void guardRedirects(QNetworkReply* reply,
                    const QUrl& origin,
                    bool carriesKey,
                    QObject* context,
                    const std::function<void(const QString&)>& refuse);

} // namespace npufleet::serving
