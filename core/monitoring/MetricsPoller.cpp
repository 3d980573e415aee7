// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/MetricsPoller.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include "core/serving/NetworkAccess.h"

namespace npufleet::monitoring {

MetricsPoller::MetricsPoller(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<ServerMetrics>();
    connect(m_timer, &QTimer::timeout, this, &MetricsPoller::pollNow);
}

void MetricsPoller::start(const QUrl& metricsUrl, int intervalMs)
{
    if (!m_manager) // made here, in the poller's thread
        m_manager = new serving::NetworkAccess(this); // sim:// URLs reach the simulator
    m_url = metricsUrl;
    m_previous.reset();
    m_clock.start();
    m_timer->start(std::max(200, intervalMs));
    pollNow();
}

void MetricsPoller::stop()
{
    m_timer->stop();
}

void MetricsPoller::pollNow()
{
    if (m_busy || !m_manager)
        return; // a slow server gets one scrape at a time
    QNetworkRequest request(m_url);
    request.setTransferTimeout(std::max(1000, m_timer->interval()));
    m_busy = true;
    QNetworkReply* reply = m_manager->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void MetricsPoller::onReply(QNetworkReply* reply)
{
    reply->deleteLater();
    m_busy = false;
    if (reply->error() != QNetworkReply::NoError) {
        emit failed(m_url.toString(), reply->errorString());
        return;
    }
    const PromText text = parsePrometheusText(reply->readAll());
    const ServerMetrics m = serverMetrics(text, m_clock.elapsed() / 1000.0, m_previous ? &*m_previous : nullptr);
    m_previous = m;
    emit sampled(m);
}

} // namespace npufleet::monitoring
