// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>
#include <optional>

#include "core/monitoring/ServerMetrics.h"

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace npufleet::monitoring {

// Reads a server's /metrics every few seconds. A long-lived worker: move it to a thread of its
// own and call start()/stop() there (queued); results come as signals.
class MetricsPoller : public QObject
{
    Q_OBJECT
public:
    explicit MetricsPoller(QObject* parent = nullptr);

    void start(const QUrl& metricsUrl, int intervalMs);
    void stop();
    void pollNow();

signals:
    void sampled(const npufleet::monitoring::ServerMetrics& metrics);
    void failed(const QString& url, const QString& message);

private:
    void onReply(QNetworkReply* reply);

    QNetworkAccessManager* m_manager = nullptr;
    QTimer* m_timer;
    QUrl m_url;
    QElapsedTimer m_clock;
    std::optional<ServerMetrics> m_previous;
    bool m_busy = false;
};

} // namespace npufleet::monitoring
