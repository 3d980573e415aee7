// SPDX-FileCopyrightText: 2026 NPU Fleet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/serving/ModelsCall.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include "core/serving/OpenAiJson.h"
#include "core/serving/OpenAiRequest.h"

namespace npufleet::serving {

ModelsCall::ModelsCall(QNetworkAccessManager* manager, Endpoint endpoint, Timeouts timeouts, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_endpoint(std::move(endpoint))
    , m_timeouts(timeouts)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_localError.kind = ServingError::Kind::Timeout;
        m_localError.message = QCoreApplication::translate("npufleet::serving", "no answer from %1 within %2 s")
                                   .arg(m_endpoint.baseUrl.toDisplayString())
                                   .arg(m_timeouts.connectMs / 1000.0);
        m_reply->abort();
    });
}

ModelsCall::~ModelsCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ModelsCall::start()
{
    QNetworkRequest req = jsonRequest(m_endpoint, endpointUrl(m_endpoint.baseUrl, QStringLiteral("/v1/models")));
    m_reply = m_manager->get(req);
    guardRedirects(m_reply, req.url(), !m_endpoint.apiKey.isEmpty(), this, [this](const QString& why) {
        if (!m_reply || m_localError.isError())
            return;
        m_localError.kind = ServingError::Kind::Network;
        m_localError.message = why;
        m_reply->abort();
    });
    connect(m_reply, &QNetworkReply::finished, this, &ModelsCall::onFinished);
    // A model list is small: one timeout for the whole exchange.
    m_timer->start(m_timeouts.connectMs);
}

void ModelsCall::cancel()
{
    if (!m_reply)
        return;
    m_localError.kind = ServingError::Kind::Cancelled;
    m_localError.message = QCoreApplication::translate("npufleet::serving", "stopped");
    m_reply->abort();
}

void ModelsCall::onFinished()
{
    m_timer->stop();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    ModelsResult result;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_localError.isError()) {
        result.error = m_localError;
    } else if (status >= 400) {
        result.error = parseErrorBody(status, reply->readAll());
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error.kind = ServingError::Kind::Network;
        result.error.message = reply->errorString();
    } else {
        result = parseModels(reply->readAll());
    }
    emit finished(result);
    deleteLater();
}

} // namespace npufleet::serving
