// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkAccessManager>

namespace npufleet::serving {

// The network access of the HTTP clients (OpenAiClient, MetricsPoller): QNetworkAccessManager for
// real URLs, and, for sim:// URLs (the deployments of demo projects), the in-process simulated
// server, so that the same client code runs against either and a demo opens no socket.
class NetworkAccess : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit NetworkAccess(QObject* parent = nullptr);

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request, QIODevice* outgoingData) override;
};

} // namespace npufleet::serving
